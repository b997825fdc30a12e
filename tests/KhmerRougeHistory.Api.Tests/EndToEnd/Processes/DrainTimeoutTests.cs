using System.Diagnostics;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// <c>Shutdown:DrainTimeout</c> bounds how long SIGTERM waits for requests in flight: a slow client's upload that
/// would last 30 s is waited for (the process does not just drop it) and cut off when the drain timeout runs out
/// (the process does not wait for it either), and the process still exits.
/// </summary>
[Collection(ProcessesRunAlone.Name)]
public sealed class DrainTimeoutTests(CuratedDatabase database, ITestOutputHelper output)
{
    private static readonly TimeSpan _drainTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Sigterm_WithASlowUploadInFlight_WaitsTheDrainTimeout_ThenCutsItOff_AndExits()
    {
        var settings = ServerSettings.Unthrottled(database);
        settings["Shutdown:DrainTimeout"] = _drainTimeout.ToString();
        await using var api = await ApiProcess.StartListeningAsync(settings);
        using var http = api.CreateClient();
        // 30,000 bytes at 1,000 bytes a second: 30 s, longer than this drain timeout and than the default (20 s).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new TrickleContent(TrickleContent.PaddedQuery(30_000), bytesPerChunk: 500, TimeSpan.FromMilliseconds(500)),
        };
        var upload = Exchange.SendAsync(http, request);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var sinceSigterm = Stopwatch.StartNew();
        api.Terminate();
        var exitCode = await api.WaitForExitAsync(TimeSpan.FromSeconds(30));
        var exitedAfter = sinceSigterm.Elapsed;
        var exchange = await upload;

        output.WriteLine($"exit code {exitCode} after {exitedAfter.TotalSeconds:F1} s; the upload: {exchange}");
        Assert.False(exchange.IsGoodAnswer, $"the upload should have been cut off: {exchange}");
        Assert.True(exitedAfter >= _drainTimeout * 0.9, $"exited after {exitedAfter}: the request in flight was not waited for");
        Assert.True(exitedAfter < _drainTimeout + TimeSpan.FromSeconds(6), $"exited after {exitedAfter}: the drain timeout was not applied");
        Assert.Equal(0, exitCode);
    }
}
