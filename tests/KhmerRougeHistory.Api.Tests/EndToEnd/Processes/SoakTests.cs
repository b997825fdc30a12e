using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// One server process under steady traffic for a while: 8 clients send the real operations of
/// <c>schema/operations/</c> (with their variables) and, every fourth request, a bad input. No 5xx, no good request
/// fails, every bad input gets its refusal, resident memory stays flat after warm-up, the database file is
/// byte-identical afterwards and the server is still ready. 60 s by default; <c>SOAK_TEST_SECONDS=600</c> for longer.
/// </summary>
[Collection(ProcessesRunAlone.Name)]
public sealed class SoakTests(CuratedDatabase database, ITestOutputHelper output)
{
    private const int Clients = 8;

    /// <summary>
    /// The last quarter's mean resident memory may exceed the first quarter's by this factor. Noise is well inside it:
    /// single samples swing by ±15 % as the server GC sizes its heaps, but quarter means stay within 5 % of each other
    /// (1.04× in a 40 s run, the first quarter's start-up ramp included). A leak is not: at ~270 requests a second, a
    /// server that keeps 4 KiB per request grows by ~47 MiB between the middles of the quarters of a 60 s run, a
    /// quarter of its ~190 MiB; a 120 s run catches 2 KiB per request, a 10 minute run a few hundred bytes.
    /// </summary>
    private const double MemoryGrowthBound = 1.25;

    [Fact]
    public async Task RealAndBadRequests_Sustained_NoFailures_FlatMemory_DatabaseUntouched()
    {
        var duration = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("SOAK_TEST_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 60);
        var databaseHash = await HashAsync(database.FilePath);
        await using var api = await ApiProcess.StartListeningAsync(ServerSettings.Unthrottled(database));
        using var http = api.CreateClient();
        await WarmUpAsync(http);

        var results = new ConcurrentQueue<Result>();
        using var memory = MemorySampler.Start(api, TimeSpan.FromSeconds(1));
        var elapsed = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            using var clientHttp = api.CreateClient();
            for (var i = client * 7; elapsed.Elapsed < duration; i++)
            {
                await SendAsync(clientHttp, i, results);
            }
        })));
        var seconds = elapsed.Elapsed.TotalSeconds;
        var samples = await memory.StopAsync();

        using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        api.Terminate();
        var exitCode = await api.WaitForExitAsync(TimeSpan.FromSeconds(30));

        var quarter = Math.Max(1, samples.Count / 4);
        var warmUpMemory = samples.Take(quarter).Average();
        var endMemory = samples.TakeLast(quarter).Average();
        var latencies = results.Where(r => r.Good).Select(r => r.Milliseconds).Order().ToList();
        output.WriteLine($"{results.Count} requests in {seconds:F0} s ({results.Count / seconds:F0}/s), {results.Count(r => r.Good)} good, {results.Count(r => !r.Good)} bad inputs; " +
            $"good requests p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms; " +
            $"resident memory first quarter {Mib(warmUpMemory)} MiB, last quarter {Mib(endMemory)} MiB ({endMemory / warmUpMemory:F2}×), peak {Mib(samples.Max())} MiB");
        output.WriteLine("resident memory every 5 s, MiB: " + string.Join(' ', samples.Where((_, i) => i % 5 == 0).Select(b => Mib(b))));
        foreach (var failure in results.Where(r => !r.Passed).Take(10))
        {
            output.WriteLine($"FAILED {failure.Request}: {failure.Exchange}");
        }

        Assert.DoesNotContain(results, r => (int?)r.Exchange.Status >= 500);
        Assert.Empty(results.Where(r => !r.Passed).Select(r => $"{r.Request}: {r.Exchange}"));
        Assert.True(endMemory <= warmUpMemory * MemoryGrowthBound, $"resident memory grew from {Mib(warmUpMemory)} to {Mib(endMemory)} MiB");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(0, exitCode);
        Assert.Equal(databaseHash, await HashAsync(database.FilePath));
    }

    // Every request once, so that the first quarter's memory is that of a server that has run each of them.
    private static async Task WarmUpAsync(HttpClient http)
    {
        foreach (var request in RealOperations.All.Select(o => o.ToRequest()).Concat(BadInputs.All.Select(b => b.ToRequest())))
        {
            using (request)
            {
                var exchange = await Exchange.SendAsync(http, request);
                Assert.True(exchange.Status < HttpStatusCode.InternalServerError, exchange.ToString());
            }
        }
    }

    // Three real operations, then a bad input, in turn; every client starts at another place in the cycle.
    private static async Task SendAsync(HttpClient http, int i, ConcurrentQueue<Result> results)
    {
        if (i % 4 == 3)
        {
            var bad = BadInputs.All[i / 4 % BadInputs.All.Count];
            using var request = bad.ToRequest();
            var exchange = await Exchange.SendAsync(http, request);
            results.Enqueue(new(bad.Name, false, exchange.IsRefusal(bad.Status, bad.Code), exchange));
        }
        else
        {
            var operation = RealOperations.All[(i - (i / 4)) % RealOperations.All.Count];
            using var request = operation.ToRequest();
            var exchange = await Exchange.SendAsync(http, request);
            results.Enqueue(new(operation.Name, true, exchange.IsGoodAnswer, exchange));
        }
    }

    private static async Task<string> HashAsync(string path)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexString(await SHA256.HashDataAsync(file));
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, p * sorted.Count)];

    private static long Mib(double bytes) => (long)(bytes / 1024 / 1024);

    private sealed record Result(string Request, bool Good, bool Passed, Exchange Exchange)
    {
        public double Milliseconds => Exchange.Elapsed.TotalMilliseconds;
    }
}
