using KhmerRougeHistory.Api.Data;

namespace KhmerRougeHistory.Api.Import;

/// <summary>Reads, validates and (optionally) quote-checks the curated data, then builds the database.</summary>
public static class HistoryImporter
{
    public static HistoryDataset Load(string dataDirectory, string? documentsDirectory = null)
    {
        var dataset = DatasetCompiler.Compile(CuratedDataReader.Read(dataDirectory));
        if (documentsDirectory is not null && QuoteVerifier.FindMisquotes(dataset, documentsDirectory) is { Count: > 0 } misquotes)
        {
            throw new ImportException(misquotes);
        }

        return dataset;
    }

    public static async Task<HistoryDataset> ImportAsync(
        string dataDirectory, string databasePath, TimeProvider clock, string? documentsDirectory = null, CancellationToken cancellationToken = default)
    {
        var dataset = Load(dataDirectory, documentsDirectory);
        await DatabaseBuilder.BuildAsync(dataset, databasePath, clock, cancellationToken);
        return dataset;
    }

    /// <summary>
    /// Builds <paramref name="target"/>: a SQLite file, or a PostgreSQL schema swapped into place, waiting up to
    /// <paramref name="lockTimeout"/> (default <see cref="DatabaseOptions.DefaultBuildLockTimeout"/>) for another
    /// process's build of it.
    /// </summary>
    public static async Task<HistoryDataset> ImportAsync(
        string dataDirectory, HistoryDatabase target, TimeProvider clock, string? documentsDirectory = null, TimeSpan? lockTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var dataset = Load(dataDirectory, documentsDirectory);
        await DatabaseBuilder.BuildAsync(dataset, target, lockTimeout ?? DatabaseOptions.DefaultBuildLockTimeout, clock, cancellationToken);
        return dataset;
    }

    /// <summary>The hash the data folder has now, to compare with the one a database was built from.</summary>
    public static string CurrentDataHash(string dataDirectory) =>
        CuratedDataReader.Hash(dataDirectory, CuratedDataFiles.All(dataDirectory));
}
