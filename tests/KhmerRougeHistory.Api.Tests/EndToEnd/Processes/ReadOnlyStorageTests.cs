using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// The container's case: a database built in advance by the importer, in a folder the server process cannot write,
/// served as it is, with nothing created beside it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyStorageTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PrebuiltDatabaseInAReadOnlyFolder_IsServed_AndNothingIsWrittenBesideIt(bool buildOnStartup)
    {
        var folder = Directory.CreateDirectory(_temp.File("readonly")).FullName;
        var path = Path.Combine(folder, "history.db");
        var dataset = await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, path, TimeProvider.System);
        var written = Directory.GetFiles(folder);
        OtherUser.DenyWrites(folder);

        await using var api = await ApiProcess.StartListeningAsync(ServerSettings.For(path, buildOnStartup), OtherUser.ServerUser);
        using var client = api.CreateClient();
        var (_, body) = await GraphQLClient.PostAsync(client, "{ dataVersion persons(first: 1) { nodes { id } } }");

        Assert.Equal(dataset.Hash, (string?)body?["data"]?["dataVersion"]);
        Assert.Single(body!["data"]!["persons"]!["nodes"]!.AsArray());
        Assert.Equal(written, Directory.GetFiles(folder));
    }

    [Fact]
    public async Task ImportedFile_IsInRollbackJournalMode_SoReadersNeedNoSharedMemoryFile()
    {
        var path = _temp.File("history.db");
        await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, path, TimeProvider.System);

        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("delete", await command.ExecuteScalarAsync());
        Assert.Equal(["history.db"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName).Where(f => f != "history.db.lock"));
    }

    [Fact]
    public async Task WriteAheadLogFileInAReadOnlyFolder_IsRefusedWithItsCause()
    {
        var folder = Directory.CreateDirectory(_temp.File("readonly")).FullName;
        var path = Path.Combine(folder, "history.db");
        await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, path, TimeProvider.System);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL";
            await command.ExecuteNonQueryAsync();
        }

        OtherUser.DenyWrites(folder);
        await StartupLog.AssertRefusedToStartAsync("write-ahead-log mode", ServerSettings.For(path, buildOnStartup: false), OtherUser.ServerUser);

    }

    public void Dispose()
    {
        foreach (var folder in Directory.GetDirectories(_temp.Path))
        {
            OtherUser.AllowWrites(folder);
        }

        _temp.Dispose();
    }
}
