using Npgsql;

namespace KhmerRougeHistory.Api.Data.Postgres;

/// <summary>The Npgsql connection strings derived from the operator's one: which schema, and read-only sessions.</summary>
internal static class PostgresConnectionStrings
{
    /// <summary>Sent when each session starts: every transaction is read-only unless it says otherwise, which the API never does.</summary>
    public const string ReadOnlyOption = "-c default_transaction_read_only=on";

    public static NpgsqlConnectionStringBuilder Parse(string? connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString ?? string.Empty);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not an Npgsql connection string ({e.Message}). " +
                "With Database:Provider PostgreSql it must be one, e.g. 'Host=db;Database=history;Username=history_reader;Password=...'.", e);
        }

        if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} must name the PostgreSQL server and database, " +
                "e.g. 'Host=db;Database=history;Username=history_reader;Password=...'.");
        }

        return builder;
    }

    /// <summary>Unqualified table names resolve in <paramref name="schema"/> alone, so tables are created and read there.</summary>
    public static string ForSchema(string connectionString, string schema) =>
        new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;

    public static string ReadOnly(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? ReadOnlyOption : builder.Options + " " + ReadOnlyOption;
        return builder.ConnectionString;
    }

    public static bool IsReadOnly(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Options?.Contains(ReadOnlyOption, StringComparison.Ordinal) == true;
}
