using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Files;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Tests.Data;

/// <summary>
/// The start-up inspection keeps SQLite's own checks, though the API then serves the file as immutable: a file that a
/// writer left mid-transaction (its rollback journal still beside it, "hot") is not servable, and the inspection
/// says so instead of letting the half-written pages through.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class HotJournalInspectionTests(CuratedDatabase database) : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task FileLeftMidTransaction_IsNotServable()
    {
        var writing = _directory.File("writing.db");
        var left = _directory.File("left.db");
        File.Copy(database.FilePath, writing);
        await using (var writer = new SqliteConnection(SqliteConnectionStrings.Writable(writing)))
        {
            await writer.OpenAsync();
            await using var command = writer.CreateCommand();
            // A cache of one page makes SQLite write changed pages into the file before the commit, the original pages
            // being in the journal: what a crash at this moment leaves behind.
            command.CommandText = "PRAGMA cache_size = 1; BEGIN; UPDATE Claims SET ValueText = ValueText || ' (changed)';";
            await command.ExecuteNonQueryAsync();
            File.Copy(writing, left);
            File.Copy(writing + "-journal", left + "-journal");
        }

        var condition = await SqliteFileInspector.InspectAsync(left, checkIntegrity: false, CancellationToken.None);

        Assert.NotEqual(DatabaseProblem.None, condition.Problem);
        Assert.True(File.Exists(left + "-journal"), "the inspection, read-only, left the journal where it was");
    }

    public void Dispose() => _directory.Dispose();
}
