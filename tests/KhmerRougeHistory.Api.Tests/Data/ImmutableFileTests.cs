using System.Net;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Files;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Tests.Data;

/// <summary>
/// The served file is opened as immutable: SQLite takes no file lock to read it. A lock that another process holds on
/// the file (an operator's tool, a backup) does not hold the API's reads up, and a path with characters that a SQLite
/// URI must escape still names the file. The start-up inspection keeps SQLite's own checks, so a file that a writer
/// left mid-transaction (its rollback journal still beside it, "hot") is not servable.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ImmutableFileTests(CuratedDatabase database) : IDisposable
{
    private const string Query = "{ persons(first: 3) { nodes { label } } }";

    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Reads_DoNotWaitForALockHeldOnTheFile()
    {
        var path = _directory.File("history #1 100% ?.db");
        File.Copy(database.FilePath, path);
        using var factory = new HistoryApiFactory(path, buildOnStartup: false);
        var (_, before) = await GraphQLClient.PostAsync(factory, Query);

        await using var holder = new SqliteConnection(SqliteConnectionStrings.Writable(path));
        await holder.OpenAsync();
        await using (var exclusive = holder.CreateCommand())
        {
            // A rollback-journal file's EXCLUSIVE lock makes every other reader that locks get SQLITE_BUSY.
            exclusive.CommandText = "BEGIN EXCLUSIVE";
            await exclusive.ExecuteNonQueryAsync();
        }

        var (response, during) = await GraphQLClient.PostAsync(factory, Query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(during?["errors"]);
        Assert.Equal(before?["data"]?.ToJsonString(), during?["data"]?.ToJsonString());
        Assert.Equal(3, during?["data"]?["persons"]?["nodes"]?.AsArray().Count);
    }

    [Fact]
    public async Task Inspection_OfAFileLeftMidTransaction_FindsItNotServable()
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
