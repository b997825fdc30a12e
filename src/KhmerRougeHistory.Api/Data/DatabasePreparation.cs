using KhmerRougeHistory.Api.Import;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KhmerRougeHistory.Api.Data;

public static class DatabasePreparation
{
    /// <summary>
    /// Before serving: builds the database when it is missing or was built from other data, then checks it
    /// opens. Fails fast with the importer's message when the data is bad.
    /// </summary>
    public static async Task PrepareHistoryDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var database = services.GetRequiredService<HistoryDatabase>();
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabasePreparation).FullName!);
        var builtFrom = await ReadDataHashAsync(database, cancellationToken);
        if (options.BuildOnStartup)
        {
            var current = HistoryImporter.CurrentDataHash(database.DataDirectory);
            if (builtFrom != current)
            {
                Log.BuildingDatabase(logger, database.Location, builtFrom is null ? "it is missing" : "the curated data changed");
                var dataset = await HistoryImporter.ImportAsync(database.DataDirectory, database, services.GetRequiredService<TimeProvider>(), cancellationToken: cancellationToken);
                Log.BuiltDatabase(logger, dataset.Claims.Count, dataset.Subjects.Count);
                builtFrom = dataset.Hash;
            }
        }

        if (builtFrom is null)
        {
            var import = database.Provider == DatabaseProvider.PostgreSql ? "import" : $"import --output {database.FilePath}";
            throw new InvalidOperationException(
                $"The history database ({database.Location}) is missing or unreadable. Build it with '{import}' or enable {DatabaseOptions.SectionName}:{nameof(DatabaseOptions.BuildOnStartup)}.");
        }

        Log.OpenedDatabase(logger, database.Location, builtFrom);
    }

    /// <summary>The hash of the data the database was built from, or null when there is no usable database.</summary>
    public static async Task<string?> ReadDataHashAsync(HistoryDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Provider == DatabaseProvider.PostgreSql
            ? await ReadPostgresDataHashAsync(database, cancellationToken)
            : await ReadSqliteDataHashAsync(database, cancellationToken);
    }

    private static async Task<string?> ReadSqliteDataHashAsync(HistoryDatabase database, CancellationToken cancellationToken)
    {
        if (!File.Exists(database.FilePath))
        {
            return null;
        }

        try
        {
            // Unpooled: a pooled connection would keep the old file open across a rebuild that replaces it.
            var connectionString = new SqliteConnectionStringBuilder(database.ReadOnlyConnectionString) { Pooling = false }.ToString();
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT DataHash FROM DatasetInfo WHERE Id = 1";
            return await command.ExecuteScalarAsync(cancellationToken) as string;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private static async Task<string?> ReadPostgresDataHashAsync(HistoryDatabase database, CancellationToken cancellationToken)
    {
        // A missing schema or table means "not built yet"; a server that cannot be reached is an error worth its message.
        try
        {
            await using var connection = new NpgsqlConnection(database.ReadOnlyConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT \"DataHash\" FROM \"DatasetInfo\" WHERE \"Id\" = 1", connection);
            return await command.ExecuteScalarAsync(cancellationToken) as string;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            return null;
        }
    }
}
