using System.Net;
using KhmerRougeHistory.Api.Data.Files;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Tests.Data;

/// <summary>
/// The served file is opened as immutable: SQLite takes no file lock to read it. A lock that another process holds on
/// the file (an operator's tool, a backup) does not hold the API's reads up, and a path with characters that a SQLite
/// URI must escape still names the file.
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

    public void Dispose() => _directory.Dispose();
}
