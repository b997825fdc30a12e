using System.Net;
using System.Net.Sockets;
using KhmerRougeHistory.Api.Health;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Health;

/// <summary>The container's HEALTHCHECK command against a real server on loopback, and against nothing.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class HealthProbeCommandTests(CuratedDatabase database)
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ReadyServer_ExitsZero()
    {
        using var factory = new HistoryApiFactory(database.FilePath);
        var origin = factory.StartOnLoopback();
        using var output = new StringWriter();

        var exit = await HealthProbeCommand.RunAsync([$"{origin}/health/ready"], output, _timeout);

        Assert.Equal(0, exit);
        Assert.Contains(": 200", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingListening_ExitsOne()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var output = new StringWriter();

        var exit = await HealthProbeCommand.RunAsync([$"http://127.0.0.1:{port}/health/ready"], output, _timeout);

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task NotFound_ExitsOne()
    {
        using var factory = new HistoryApiFactory(database.FilePath);
        var origin = factory.StartOnLoopback();
        using var output = new StringWriter();

        Assert.Equal(1, await HealthProbeCommand.RunAsync([$"{origin}/health/nowhere"], output, _timeout));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("http://127.0.0.1:1/a", "extra")]
    public async Task BadArguments_ExitTwoWithUsage(params string[] args)
    {
        using var output = new StringWriter();

        Assert.Equal(2, await HealthProbeCommand.RunAsync(args, output, _timeout));
        Assert.StartsWith("Usage: probe", output.ToString(), StringComparison.Ordinal);
    }
}
