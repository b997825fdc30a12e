using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// A broken or unbuildable database, met by a real server process: each cause has its own message naming the file,
/// a start that cannot go on logs one error and exits 1, one that can rebuilds, and nothing is left behind.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DatabaseFaultTests : IDisposable
{
    private static readonly string[] _databaseAndLock = ["history.db", "history.db.lock"];

    private readonly TempDirectory _temp = new();

    public static TheoryData<string, string> Damages => new()
    {
        { "not a database", "is not a SQLite database" },
        { "truncated", "is truncated" },
        { "corrupt page", "fails SQLite's quick_check" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task DamagedFile_WithoutBuilding_ExitsOneNamingTheCause(string damage, string cause)
    {
        var path = await DamagedDatabaseAsync(damage);

        var output = await StartupLog.AssertRefusedToStartAsync(cause, ServerSettings.For(path, buildOnStartup: false));
        Assert.Contains(path, output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task DamagedFile_WithBuilding_IsKeptAside_RebuiltAndServed_AndTheLogSaysWhy(string damage, string cause)
    {
        var path = await DamagedDatabaseAsync(damage);
        var damaged = await File.ReadAllBytesAsync(path);

        await using var api = await ApiProcess.StartListeningAsync(ServerSettings.For(path));
        using var client = api.CreateClient();
        var (_, body) = await GraphQLClient.PostAsync(client, "{ dataVersion }");

        Assert.Equal(HistoryImporter.CurrentDataHash(RepositoryPaths.DataDirectory), (string?)body?["data"]?["dataVersion"]);
        Assert.Contains(cause, api.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", api.Output, StringComparison.Ordinal);
        var kept = Assert.Single(Directory.GetFiles(_temp.Path, "history.db.damaged-*"));
        Assert.Equal(damaged, await File.ReadAllBytesAsync(kept));
        Assert.Contains($"as {kept}", api.Output, StringComparison.Ordinal);
        AssertNoLeftovers(_temp.Path, except: kept);
    }

    [Fact]
    public async Task DatabaseFromOtherData_IsRebuilt_AndTheLogSaysSo()
    {
        var data = new CuratedDataCopy(_temp).Directory;
        var path = _temp.File("history.db");
        await HistoryImporter.ImportAsync(data, path, TimeProvider.System);
        File.AppendAllText(Path.Combine(data, "sources.json"), "\n");

        await using var api = await ApiProcess.StartListeningAsync(ServerSettings.For(path, dataDirectory: data));

        Assert.Contains("was built from other data", api.Output, StringComparison.Ordinal);
        Assert.Contains("Built the history database", api.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilesOfABuildThatDied_AreDeletedByTheNextBuild()
    {
        var path = _temp.File("history.db");
        var dead = $"{path}.{Guid.NewGuid():N}.building";
        await File.WriteAllTextAsync(dead, "half a database");
        await File.WriteAllTextAsync(dead + "-journal", "its journal");

        await using var api = await ApiProcess.StartListeningAsync(ServerSettings.For(path));

        Assert.Contains("Built the history database", api.Output, StringComparison.Ordinal);
        AssertNoLeftovers(_temp.Path);
    }

    [Fact]
    public async Task MissingFile_WithoutBuilding_ExitsOneWithWhatToDo()
    {
        var path = _temp.File("absent.db");

        var output = await StartupLog.AssertRefusedToStartAsync($"The history database {path} does not exist.", ServerSettings.For(path, buildOnStartup: false));
        Assert.Contains($"import --output {path}", output, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task UnwritableFolder_AtFirstBuild_ExitsOneSayingSo_AndLeavesNothing()
    {
        var folder = Directory.CreateDirectory(_temp.File("locked")).FullName;
        OtherUser.DenyWrites(folder);

        await StartupLog.AssertRefusedToStartAsync($"cannot write to {folder}", ServerSettings.For(Path.Combine(folder, "history.db")), OtherUser.ServerUser);
        Assert.Empty(Directory.GetFiles(folder));
        OtherUser.AllowWrites(folder);
    }

    [Fact]
    public async Task FileThisUserMayNotRead_ExitsOneSayingSo_AndIsNotReplaced()
    {
        var folder = Directory.CreateDirectory(_temp.File("private")).FullName;
        var path = Path.Combine(folder, "history.db");
        await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, path, TimeProvider.System);
        var written = File.GetLastWriteTimeUtc(path);
        File.SetUnixFileMode(path, UnixFileMode.None);

        await StartupLog.AssertRefusedToStartAsync($"The history database {path} cannot be read by this process", ServerSettings.For(path), OtherUser.ServerUser);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [RootFact]
    public async Task FullDisk_AtFirstBuild_ExitsOneSayingSo_AndLeavesNoPartialFile()
    {
        using var disk = SmallDisk.Mount(_temp.File("small"), sizeKiB: 512);

        await StartupLog.AssertRefusedToStartAsync($"the disk holding {disk.Path} is full", ServerSettings.For(Path.Combine(disk.Path, "history.db")));
        AssertNoLeftovers(disk.Path);
        Assert.False(File.Exists(Path.Combine(disk.Path, "history.db")));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Only the database and its lock file (and a damaged file kept aside): no half-built file, no journal.</summary>
    private static void AssertNoLeftovers(string folder, string? except = null) =>
        Assert.All(Directory.GetFiles(folder).Where(f => f != except).Select(Path.GetFileName), f => Assert.Contains(f, _databaseAndLock));

    private async Task<string> DamagedDatabaseAsync(string damage)
    {
        var path = _temp.File("history.db");
        await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, path, TimeProvider.System);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        switch (damage)
        {
            case "not a database":
                file.SetLength(0);
                await file.WriteAsync("This is not a database, just text that ended up here."u8.ToArray());
                break;
            case "truncated":
                file.SetLength(file.Length / 2);
                break;
            default:
                // Page 2 onwards is b-tree pages: garbage there is what a failing disk leaves.
                file.Position = 4096 * 2;
                await file.WriteAsync(Enumerable.Repeat((byte)0x5A, 4096 * 4).ToArray());
                break;
        }

        return path;
    }
}
