using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// SIGTERM in the middle of real traffic (12 clients sending the operations of <c>schema/operations/</c> in a loop):
/// every request whose response started ends with status 200 and a complete JSON body; the server logged exactly as
/// many GraphQL requests as the clients got answers, so none that reached the application was lost; new connections
/// are refused only after the signal; the process exits 0 within the drain timeout. With a readiness grace period,
/// <c>/health/ready</c> is 503 (and <c>/health/live</c> 200) while the server still accepts and answers.
/// </summary>
[Collection(ProcessesRunAlone.Name)]
public sealed partial class GracefulShutdownTests(CuratedDatabase database, ITestOutputHelper output)
{
    private const int Clients = 12;
    private static readonly TimeSpan _drainTimeout = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task Sigterm_UnderLoad_AnswersEveryAcceptedRequestInFull_AndExitsZero(int gracePeriodSeconds)
    {
        var gracePeriod = TimeSpan.FromSeconds(gracePeriodSeconds);
        var settings = ServerSettings.Unthrottled(database);
        settings["Shutdown:DrainTimeout"] = _drainTimeout.ToString();
        settings["Shutdown:ReadinessGracePeriod"] = gracePeriod.ToString();
        await using var api = await ApiProcess.StartListeningAsync(settings);
        var warmUp = await WarmUpAsync(api);
        var sinceSigterm = new Stopwatch();
        var exchanges = new ConcurrentQueue<(bool EndedAfterSigterm, Exchange Exchange)>();
        var probes = new ConcurrentQueue<(HttpStatusCode? Ready, HttpStatusCode? Live)>();

        var clients = Enumerable.Range(0, Clients).Select(client => Task.Run(() => SendUntilRefusedAsync(api, client, sinceSigterm, exchanges))).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(3));
        sinceSigterm.Start();
        api.Terminate();
        var prober = Task.Run(() => ProbeHealthUntilExitAsync(api, probes));
        var exitCode = await api.WaitForExitAsync(gracePeriod + _drainTimeout + TimeSpan.FromSeconds(10));
        var exitedAfter = sinceSigterm.Elapsed;
        await Task.WhenAll(clients);
        await prober;

        var answered = exchanges.Where(e => e.Exchange.IsGoodAnswer).ToList();
        var broken = exchanges.Where(e => e.Exchange.ResponseStarted && !e.Exchange.IsGoodAnswer).Select(e => e.Exchange.ToString()).ToList();
        var refused = exchanges.Where(e => e.Exchange.Refused).ToList();
        // The server closes idle keep-alive connections as it stops; a request the client sent on one at that moment
        // never reached the application (the log count below shows it) and is the client's to retry (RFC 9112 9.3.1;
        // every request to this API is a read and so safe to retry). At most once per client: its next connection is refused.
        var closedUnanswered = exchanges.Where(e => !e.Exchange.ResponseStarted && !e.Exchange.Refused).ToList();
        output.WriteLine($"exit code {exitCode}, {exitedAfter.TotalSeconds:F1} s after SIGTERM; {answered.Count} answered " +
            $"({answered.Count(e => e.EndedAfterSigterm)} after SIGTERM), {broken.Count} broken, {refused.Count} refused, " +
            $"{closedUnanswered.Count} closed unanswered ({string.Join("; ", closedUnanswered.Select(e => e.Exchange.Failure).Distinct())}); " +
            $"health after SIGTERM (ready/live): {string.Join(", ", probes.Select(p => $"{(int?)p.Ready}/{(int?)p.Live}").Distinct())}");

        Assert.Equal(0, exitCode);
        Assert.True(exitedAfter < gracePeriod + _drainTimeout, $"exited {exitedAfter} after SIGTERM");
        Assert.Empty(broken);
        Assert.Equal(warmUp + answered.Count, GraphQLRequestsInServerLog().Count(api.Output));
        Assert.Contains(answered, e => e.EndedAfterSigterm);
        Assert.All(refused.Concat(closedUnanswered), e => Assert.True(e.EndedAfterSigterm, $"before SIGTERM: {e.Exchange}"));
        Assert.InRange(closedUnanswered.Count, 0, Clients);
        if (gracePeriod > TimeSpan.Zero)
        {
            Assert.Contains(probes, p => p is (HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK));
        }
    }

    // Each operation once, so that what is in flight at SIGTERM is steady traffic rather than first requests.
    private static async Task<int> WarmUpAsync(ApiProcess api)
    {
        using var http = api.CreateClient();
        foreach (var operation in RealOperations.All)
        {
            using var request = operation.ToRequest();
            var exchange = await Exchange.SendAsync(http, request);
            Assert.True(exchange.IsGoodAnswer, $"{operation.Name}: {exchange}");
        }

        return RealOperations.All.Count;
    }

    private static async Task SendUntilRefusedAsync(ApiProcess api, int client, Stopwatch sinceSigterm, ConcurrentQueue<(bool, Exchange)> exchanges)
    {
        using var http = api.CreateClient();
        for (var i = client; ; i++)
        {
            using var request = RealOperations.All[i % RealOperations.All.Count].ToRequest();
            var exchange = await Exchange.SendAsync(http, request);
            exchanges.Enqueue((sinceSigterm.IsRunning, exchange));
            if (exchange.Refused || (api.HasExited && !exchange.ResponseStarted))
            {
                return;
            }
        }
    }

    // A new connection for every probe, as a kubelet or a load balancer probes.
    private static async Task ProbeHealthUntilExitAsync(ApiProcess api, ConcurrentQueue<(HttpStatusCode?, HttpStatusCode?)> probes)
    {
        using var http = api.CreateClient();
        while (!api.HasExited)
        {
            probes.Enqueue((await StatusAsync(http, "/health/ready"), await StatusAsync(http, "/health/live")));
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private static async Task<HttpStatusCode?> StatusAsync(HttpClient http, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.ConnectionClose = true;
        return (await Exchange.SendAsync(http, request)).Status;
    }

    // The request log's one entry per GraphQL request, written once it is answered (Diagnostics/Log.cs, event 3040).
    [GeneratedRegex(@"GraphQL POST \S+ answered \d+ ")]
    private static partial Regex GraphQLRequestsInServerLog();
}
