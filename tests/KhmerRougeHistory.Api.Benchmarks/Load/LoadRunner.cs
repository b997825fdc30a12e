using System.Diagnostics;
using System.Net.Http.Headers;
using KhmerRougeHistory.Api.Benchmarks.Server;

namespace KhmerRougeHistory.Api.Benchmarks.Load;

/// <summary>
/// A closed-loop HTTP load generator: <see cref="Concurrency"/> clients each send the same POST as soon as the
/// previous answer is read, for a fixed time after a warm-up. Latencies are measured per request on the client.
/// </summary>
internal sealed class LoadRunner(ServerProcess server, int concurrency, TimeSpan duration, TimeSpan warmup) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    public int Concurrency => concurrency;

    /// <summary>Sends one request and returns the body; throws when the status is not 200 or the body has errors.</summary>
    public async Task<string> SendAsync(Uri url, byte[] body)
    {
        using var response = await _client.SendAsync(Request(url, body));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 400)]}");
        }

        return text;
    }

    /// <summary>SQL statements of one request, alone on the server.</summary>
    public async Task<long> StatementsOfOneAsync(Uri url, byte[] body)
    {
        var before = await server.StatsAsync();
        await SendAsync(url, body);
        return (await server.StatsAsync()).SqlStatements - before.SqlStatements;
    }

    public async Task<LoadResult> RunAsync(string database, string target, Uri url, byte[] body)
    {
        // The first request of a kind pays for JIT and query compilation: time the second one.
        var answer = AnswerSize.Of(await SendAsync(url, body));
        var single = Stopwatch.StartNew();
        await SendAsync(url, body);
        var slow = single.Elapsed > _slowRequest;
        var statements = await StatementsOfOneAsync(url, body);
        if (!slow)
        {
            await RunForAsync(url, body, warmup);
        }

        var before = await server.StatsAsync();
        var (latencies, failures, elapsed) = slow ? await RunSequentiallyAsync(url, body, 3) : await RunForAsync(url, body, duration);
        var after = await server.StatsAsync();
        latencies.Sort();
        var count = latencies.Count;
        double Percentile(double p) => count == 0 ? double.NaN : latencies[Math.Min(count - 1, (int)Math.Ceiling(p * count) - 1)] * 1000.0 / Stopwatch.Frequency;
        return new LoadResult(
            database,
            target,
            count,
            failures,
            count / elapsed.TotalSeconds,
            Percentile(0.50),
            Percentile(0.99),
            statements,
            (after.AllocatedBytes - before.AllocatedBytes) / (double)Math.Max(1, count + failures),
            after.WorkingSet)
        {
            MeanMilliseconds = count == 0 ? double.NaN : latencies.Average() * 1000.0 / Stopwatch.Frequency,
            CpuMicrosecondsPerRequest = (after.CpuMicroseconds - before.CpuMicroseconds) / (double)Math.Max(1, count + failures),
            Answer = answer,
            Sequential = slow,
        };
    }

    // A request slower than this is measured alone, three times, instead of under load (it would only queue).
    private static readonly TimeSpan _slowRequest = TimeSpan.FromSeconds(1);

    private async Task<(List<long> Latencies, long Failures, TimeSpan Elapsed)> RunSequentiallyAsync(Uri url, byte[] body, int count)
    {
        var stop = Stopwatch.StartNew();
        var latencies = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await SendAsync(url, body);
            latencies.Add(Stopwatch.GetTimestamp() - started);
        }

        return (latencies, 0, stop.Elapsed);
    }

    private async Task<(List<long> Latencies, long Failures, TimeSpan Elapsed)> RunForAsync(Uri url, byte[] body, TimeSpan time)
    {
        var stop = Stopwatch.StartNew();
        var failures = 0L;
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var mine = new List<long>(4096);
            while (stop.Elapsed < time)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await _client.SendAsync(Request(url, body), HttpCompletionOption.ResponseContentRead);
                if (response.IsSuccessStatusCode)
                {
                    mine.Add(Stopwatch.GetTimestamp() - started);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                    if (Interlocked.Read(ref failures) == 1)
                    {
                        await Console.Error.WriteLineAsync($"  first failure: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
            }

            return mine;
        })).ToList();
        var all = await Task.WhenAll(workers);
        var elapsed = stop.Elapsed;
        return ([.. all.SelectMany(l => l)], failures, elapsed);
    }

    private static HttpRequestMessage Request(Uri url, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return request;
    }

    public void Dispose() => _client.Dispose();
}
