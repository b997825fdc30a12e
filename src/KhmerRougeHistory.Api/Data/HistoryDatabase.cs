using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Data.Files;
using KhmerRougeHistory.Api.Data.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KhmerRougeHistory.Api.Data;

/// <summary>
/// The resolved location of the database (a SQLite file, or a schema in a PostgreSQL database), the connection
/// strings the API and the importer use for it, and the data it is built from.
/// </summary>
public sealed class HistoryDatabase
{
    /// <summary>A SQLite database file.</summary>
    public HistoryDatabase(string filePath, string dataDirectory)
    {
        Provider = DatabaseProvider.Sqlite;
        FilePath = filePath;
        Location = filePath;
        DataDirectory = dataDirectory;
        Schema = string.Empty;
        // The API only ever reads: SQLite itself refuses any write on this connection.
        ReadOnlyConnectionString = SqliteConnectionStrings.ReadOnly(filePath);
        WritableConnectionString = SqliteConnectionStrings.Writable(filePath);
    }

    private HistoryDatabase(NpgsqlConnectionStringBuilder connection, string schema, string dataDirectory)
    {
        Provider = DatabaseProvider.PostgreSql;
        FilePath = string.Empty;
        Location = $"schema {schema} of database {connection.Database} on {connection.Host}:{connection.Port}";
        DataDirectory = dataDirectory;
        Schema = schema;
        WritableConnectionString = PostgresConnectionStrings.ForSchema(connection.ConnectionString, schema);
        ReadOnlyConnectionString = PostgresConnectionStrings.ReadOnly(WritableConnectionString);
    }

    public DatabaseProvider Provider { get; }

    /// <summary>SQLite: the database file. Empty for PostgreSQL.</summary>
    public string FilePath { get; }

    /// <summary>Where the database is, for messages and logs (the file, or the schema, database and server).</summary>
    public string Location { get; }

    /// <summary>PostgreSQL: the schema that holds the tables. Empty for SQLite.</summary>
    public string Schema { get; }

    public string DataDirectory { get; }

    /// <summary>
    /// What the API connects with: SQLite opens the file read-only; PostgreSQL sessions start with
    /// <c>default_transaction_read_only=on</c>, so the server refuses every write (operators also give the API a role
    /// that may only SELECT).
    /// </summary>
    public string ReadOnlyConnectionString { get; }

    /// <summary>
    /// PostgreSQL: what the importer connects with when it builds the database. (A SQLite build writes a new file
    /// beside this one and renames it into place, so nothing ever writes the served file.)
    /// </summary>
    public string WritableConnectionString { get; }

    /// <summary>PostgreSQL: the same database and data with the tables in another schema (the importer builds there).</summary>
    internal HistoryDatabase WithSchema(string schema) =>
        Provider == DatabaseProvider.PostgreSql
            ? new HistoryDatabase(new NpgsqlConnectionStringBuilder(WritableConnectionString), schema, DataDirectory)
            : throw new InvalidOperationException("Only a PostgreSQL database has schemas.");

    public static HistoryDatabase Resolve(string? connectionString, string contentRoot, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var data = Path.GetFullPath(options.DataDirectory ?? Path.Combine(AppContext.BaseDirectory, "data"), contentRoot);

        // The importer splices the name into DDL (and adds "_building"): only plain, short identifiers pass, whoever
        // configured it (the import command binds the options without their validation).
        if (options.Provider == DatabaseProvider.PostgreSql && !Regex.IsMatch(options.Schema, DatabaseOptions.SchemaPattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            throw new InvalidOperationException(
                $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Schema)} '{options.Schema}' is not a plain schema name (up to 41 lower-case letters, digits and underscores).");
        }

        return options.Provider == DatabaseProvider.PostgreSql
            ? new HistoryDatabase(PostgresConnectionStrings.Parse(connectionString), options.Schema, data)
            : new HistoryDatabase(SqliteFile(connectionString, contentRoot), data);
    }

    private static string SqliteFile(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString ?? "Data Source=history.db");
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:")
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} must name a database file, e.g. 'Data Source=history.db'.");
        }

        return Path.GetFullPath(builder.DataSource, contentRoot);
    }
}
