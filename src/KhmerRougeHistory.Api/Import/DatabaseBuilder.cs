using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Import.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Import;

/// <summary>
/// Writes a validated dataset to a new SQLite file and then swaps it into place, so that readers never see
/// a half-built database and a failed build leaves the previous one untouched. On PostgreSQL the same happens
/// with a schema (<see cref="PostgresDatabaseBuilder"/>).
/// </summary>
internal static class DatabaseBuilder
{
    public static Task BuildAsync(HistoryDataset dataset, string path, TimeProvider clock, CancellationToken cancellationToken) =>
        BuildAsync(path, Fill(dataset, clock), cancellationToken);

    public static Task BuildAsync(HistoryDataset dataset, HistoryDatabase target, TimeProvider clock, CancellationToken cancellationToken) =>
        target.Provider == DatabaseProvider.PostgreSql
            ? PostgresDatabaseBuilder.BuildAsync(target, Fill(dataset, clock), cancellationToken)
            : BuildAsync(target.FilePath, Fill(dataset, clock), cancellationToken);

    /// <summary>
    /// The same build with another way of filling the tables (the synthetic generator writes in chunks): the schema,
    /// its indexes and the search index are the importer's, whatever fills them.
    /// </summary>
    public static async Task BuildAsync(string path, Func<HistoryDbContext, CancellationToken, Task> fill, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var building = fullPath + ".building";
        File.Delete(building);
        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = building, Pooling = false, ForeignKeys = true }.ToString();
            var options = new DbContextOptionsBuilder<HistoryDbContext>().UseSqlite(connectionString).Options;
            await using (var context = new HistoryDbContext(options))
            {
                await context.Database.EnsureCreatedAsync(cancellationToken);
                await fill(context, cancellationToken);
                await Search.SearchIndexBuilder.BuildAsync(context, cancellationToken);
            }

            File.Move(building, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(building);
        }
    }

    private static Func<HistoryDbContext, CancellationToken, Task> Fill(HistoryDataset dataset, TimeProvider clock) => async (context, ct) =>
    {
        context.Sources.AddRange(dataset.Sources);
        context.Subjects.AddRange(dataset.Subjects);
        context.ClaimGroups.AddRange(dataset.Groups);
        context.Claims.AddRange(dataset.Claims);
        context.DatasetInfo.Add(new DatasetInfo { Id = 1, DataHash = dataset.Hash, BuiltAt = clock.GetUtcNow() });
        await context.SaveChangesAsync(ct);
    };
}
