using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Import.Postgres;
using KhmerRougeHistory.Api.Import.Sqlite;
using KhmerRougeHistory.Api.Model;

namespace KhmerRougeHistory.Api.Import;

/// <summary>
/// Writes a validated dataset to a new database and swaps it into place, so that readers never see a half-built
/// database and a failed build leaves the previous one untouched: a SQLite file (<see cref="SqliteDatabaseBuilder"/>)
/// or a PostgreSQL schema (<see cref="PostgresDatabaseBuilder"/>). One build of a target runs at a time.
/// </summary>
internal static class DatabaseBuilder
{
    public static Task BuildAsync(HistoryDataset dataset, string path, TimeProvider clock, CancellationToken cancellationToken) =>
        BuildAsync(path, Fill(dataset, clock), cancellationToken);

    public static Task<bool> BuildAsync(HistoryDataset dataset, HistoryDatabase target, TimeSpan lockTimeout, TimeProvider clock, CancellationToken cancellationToken) =>
        BuildAsync(target, Fill(dataset, clock), Always, lockTimeout, clock, cancellationToken);

    /// <summary>
    /// Builds <paramref name="target"/> with <paramref name="fill"/> unless <paramref name="stillNeeded"/>, asked once
    /// this process holds the build lock, says another has built it meanwhile. Returns whether this call built it.
    /// </summary>
    public static Task<bool> BuildAsync(
        HistoryDatabase target, Func<HistoryDbContext, CancellationToken, Task> fill, Func<CancellationToken, Task<bool>> stillNeeded,
        TimeSpan lockTimeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Provider == DatabaseProvider.PostgreSql
            ? PostgresDatabaseBuilder.BuildAsync(target, fill, stillNeeded, lockTimeout, cancellationToken)
            : SqliteDatabaseBuilder.BuildAsync(target.FilePath, fill, stillNeeded, lockTimeout, clock, cancellationToken);
    }

    /// <summary>
    /// The same build with another way of filling the tables (the synthetic generator writes in chunks): the schema,
    /// its indexes and the search index are the importer's, whatever fills them.
    /// </summary>
    public static Task BuildAsync(string path, Func<HistoryDbContext, CancellationToken, Task> fill, CancellationToken cancellationToken) =>
        SqliteDatabaseBuilder.BuildAsync(path, fill, Always, DatabaseOptions.DefaultBuildLockTimeout, TimeProvider.System, cancellationToken);

    /// <summary>Fills a new database's tables with <paramref name="dataset"/>.</summary>
    public static Func<HistoryDbContext, CancellationToken, Task> Fill(HistoryDataset dataset, TimeProvider clock) => async (context, ct) =>
    {
        context.Sources.AddRange(dataset.Sources);
        context.Subjects.AddRange(dataset.Subjects);
        context.ClaimGroups.AddRange(dataset.Groups);
        context.Claims.AddRange(dataset.Claims);
        context.DatasetInfo.Add(new DatasetInfo { Id = 1, DataHash = dataset.Hash, BuiltAt = clock.GetUtcNow() });
        await context.SaveChangesAsync(ct);
    };

    private static Task<bool> Always(CancellationToken cancellationToken) => Task.FromResult(true);
}
