using System.Net;
using System.Net.Sockets;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// Start-up failures other than the database's also end in one logged line and exit code 1 (invalid settings: see
/// ForwardedForTests and StoreUnreachableTests).
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class StartupFailureTests(CuratedDatabase database)
{
    [Fact]
    public async Task PortInUse_ExitsOneSayingSo()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        await StartupLog.AssertRefusedToStartAsync($"127.0.0.1:{port}", ServerSettings.For(database.FilePath, buildOnStartup: false), user: null, "--urls", $"http://127.0.0.1:{port}");

    }
}
