using KhmerRougeHistory.Api.Data.Files;
using Npgsql;

namespace KhmerRougeHistory.Api.Data;

/// <summary>Looks at the history database as the API would open it (read-only) and says what it finds.</summary>
public static class DatabaseInspection
{
    /// <summary>
    /// The database's condition. <paramref name="checkIntegrity"/> also runs SQLite's <c>quick_check</c> (it reads
    /// every page: about a second per 500 MB).
    /// </summary>
    public static Task<DatabaseCondition> InspectAsync(HistoryDatabase database, bool checkIntegrity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Provider == DatabaseProvider.PostgreSql
            ? InspectPostgresAsync(database, cancellationToken)
            : SqliteFileInspector.InspectAsync(database.FilePath, checkIntegrity, cancellationToken);
    }

    /// <summary>The hash of the data the database was built from, or null when there is no usable database.</summary>
    public static async Task<string?> ReadDataHashAsync(HistoryDatabase database, CancellationToken cancellationToken) =>
        (await InspectAsync(database, checkIntegrity: false, cancellationToken)).DataVersion;

    private static async Task<DatabaseCondition> InspectPostgresAsync(HistoryDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(database.ReadOnlyConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT \"DataHash\" FROM \"DatasetInfo\" WHERE \"Id\" = 1", connection);
            return await command.ExecuteScalarAsync(cancellationToken) is string hash
                ? new(DatabaseProblem.None, $"The history database ({database.Location}) answers read-only (data {hash}).", hash)
                : new(DatabaseProblem.Corrupt, $"The history database ({database.Location}) has no data version.");
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            // A missing schema or table means "not built yet".
            return new(DatabaseProblem.Missing, $"The history database ({database.Location}) does not exist: {e.MessageText}.");
        }
        catch (NpgsqlException e)
        {
            return new(DatabaseProblem.Unreadable, $"The history database ({database.Location}) cannot be reached: {e.Message}");
        }
    }
}
