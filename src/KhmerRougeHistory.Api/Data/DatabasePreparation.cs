using KhmerRougeHistory.Api.Import;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

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
                Log.BuildingDatabase(logger, database.FilePath, builtFrom is null ? "it is missing" : "the curated data changed");
                var dataset = await HistoryImporter.ImportAsync(database.DataDirectory, database.FilePath, services.GetRequiredService<TimeProvider>(), cancellationToken: cancellationToken);
                Log.BuiltDatabase(logger, dataset.Claims.Count, dataset.Subjects.Count);
                builtFrom = dataset.Hash;
            }
        }

        if (builtFrom is null)
        {
            throw new InvalidOperationException(
                $"The history database '{database.FilePath}' is missing or unreadable. Build it with 'import --output {database.FilePath}' or enable {DatabaseOptions.SectionName}:{nameof(DatabaseOptions.BuildOnStartup)}.");
        }

        Log.OpenedDatabase(logger, database.FilePath, builtFrom);
    }

    /// <summary>The hash of the data the database was built from, or null when there is no usable database.</summary>
    public static async Task<string?> ReadDataHashAsync(HistoryDatabase database, CancellationToken cancellationToken)
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
}
