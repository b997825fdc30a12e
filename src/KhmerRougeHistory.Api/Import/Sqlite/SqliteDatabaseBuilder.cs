using KhmerRougeHistory.Api.Data.Files;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Querying.Paging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Import.Sqlite;

/// <summary>
/// Builds a SQLite history file safely beside the served one, however many processes try at once: one at a time under
/// <see cref="BuildLock"/>, each into a file of its own name (<c>PATH.GUID.building</c>) in the same directory, left in
/// rollback-journal mode so that read-only storage can serve it, then renamed into place. Readers see the old file or
/// the new, never a half-built one; a failed build deletes its file and journals, and a crashed one's are deleted by
/// the next build.
/// </summary>
internal static class SqliteDatabaseBuilder
{
    private const string BuildingSuffix = ".building";

    /// <summary>
    /// Builds <paramref name="path"/> unless <paramref name="stillNeeded"/>, asked once the lock is held, says another
    /// process has built it meanwhile. Returns whether this call built it.
    /// </summary>
    public static async Task<bool> BuildAsync(
        string path, Func<HistoryDbContext, CancellationToken, Task> fill, Func<CancellationToken, Task<bool>> stillNeeded,
        TimeSpan lockTimeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            using var buildLock = await BuildLock.AcquireAsync(fullPath, lockTimeout, clock, cancellationToken);
            if (!await stillNeeded(cancellationToken))
            {
                return false;
            }

            // Under the lock no other build runs, so any building file is a dead build's.
            DeleteLeftovers(fullPath);
            var building = $"{fullPath}.{Guid.NewGuid():N}{BuildingSuffix}";
            try
            {
                await WriteAsync(building, fill, cancellationToken);
                File.Move(building, fullPath, overwrite: true);
            }
            finally
            {
                DeleteWithJournals(building);
            }

            return true;
        }
        catch (Exception e) when (BuildFailure.Explain(e, fullPath) is { } explained)
        {
            throw explained;
        }
    }

    private static async Task WriteAsync(string building, Func<HistoryDbContext, CancellationToken, Task> fill, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<HistoryDbContext>().UseSqlite(SqliteConnectionStrings.Writable(building)).Options;
        await using (var context = new HistoryDbContext(options))
        {
            await context.Database.EnsureCreatedAsync(cancellationToken);
            await fill(context, cancellationToken);
            await ListCounts.BuildAsync(context, SqliteDialect.Instance, cancellationToken);
            await Search.SearchIndexBuilder.BuildAsync(context, cancellationToken);
            foreach (var (table, column) in CaseInsensitivePrefixIndexes.In(context.Model))
            {
                var index = $"CREATE INDEX \"IX_{table}_{column}_NoCase\" ON \"{table}\" (\"{column}\" COLLATE NOCASE)";
                await context.Database.ExecuteSqlRawAsync(index, cancellationToken);
            }
        }

        // EF Core creates SQLite files in write-ahead-log mode, whose readers must create -shm beside the file: a
        // read-only directory could not serve it. Rollback-journal mode needs nothing beside the file to read it.
        await using var connection = new SqliteConnection(SqliteConnectionStrings.Writable(building));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // Statistics for the planner, as PostgreSQL's build gathers them. Without them SQLite guesses, and it walked
        // every event in start order to keep the few of one site (EventsAtSite on the 1 M-claim database) where the
        // site's events, found by key and sorted, cost a few rows. A sample of about 1,000 rows per index keeps the
        // build short on large databases, and is the same for the same data and SQLite version.
        command.CommandText = "PRAGMA analysis_limit = 1000; ANALYZE";
        await command.ExecuteNonQueryAsync(cancellationToken);

        command.CommandText = "PRAGMA journal_mode = DELETE";
        if (await command.ExecuteScalarAsync(cancellationToken) is not "delete")
        {
            throw new InvalidOperationException($"SQLite kept {building} in write-ahead-log mode.");
        }
    }

    private static void DeleteLeftovers(string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath)!;
        foreach (var leftover in Directory.EnumerateFiles(directory, Path.GetFileName(fullPath) + ".*"))
        {
            if (leftover.Contains(BuildingSuffix, StringComparison.Ordinal))
            {
                File.Delete(leftover);
            }
        }
    }

    private static void DeleteWithJournals(string building)
    {
        foreach (var file in new[] { building, building + "-journal", building + "-wal", building + "-shm" })
        {
            File.Delete(file);
        }
    }
}
