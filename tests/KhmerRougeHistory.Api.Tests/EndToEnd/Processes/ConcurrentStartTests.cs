using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// Replicas that start at once on one missing database file: exactly one builds it, the others wait and serve it. The
/// test holds the build lock until every server has found the file missing, so all of them really start at once.
/// </summary>
public sealed class ConcurrentStartTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task SimultaneousFirstStarts_AllServeTheSameData_OneBuilds_NoLeftovers(int replicas)
    {
        var path = _temp.File("history.db");
        var servers = new List<ApiProcess>();
        try
        {
            using (new HeldBuildLock(path))
            {
                servers.AddRange(Enumerable.Range(0, replicas).Select(_ => ApiProcess.Start(ServerSettings.For(path))));
                await Task.WhenAll(servers.Select(s => s.WaitForOutputAsync($"The history database {path} does not exist.", TimeSpan.FromSeconds(90))));
            }

            await Task.WhenAll(servers.Select(s => s.WaitUntilListeningAsync(TimeSpan.FromSeconds(90))));
            var versions = new List<string?>();
            foreach (var server in servers)
            {
                using var client = server.CreateClient();
                var (_, body) = await GraphQLClient.PostAsync(client, "{ dataVersion }");
                versions.Add((string?)body?["data"]?["dataVersion"]);
            }

            Assert.All(versions, v => Assert.Equal(HistoryImporter.CurrentDataHash(RepositoryPaths.DataDirectory), v));
            Assert.Equal(1, servers.Count(s => s.Output.Contains("Built the history database", StringComparison.Ordinal)));
            Assert.Equal(replicas - 1, servers.Count(s => s.Output.Contains("Another process built the history database", StringComparison.Ordinal)));
            Assert.Equal(["history.db", "history.db.lock"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task BuildLockHeldPastTheTimeout_ExitsOneNamingTheLock_AndBuildsNothing()
    {
        var path = _temp.File("history.db");
        var settings = ServerSettings.For(path);
        settings["Database:BuildLockTimeout"] = "00:00:02";
        using var held = new HeldBuildLock(path);

        await StartupLog.AssertRefusedToStartAsync($"Another process has been building {path} for more than 2 s (it holds {path}.lock)", settings);
        Assert.False(File.Exists(path));
    }

    public void Dispose() => _temp.Dispose();
}
