using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Hostile;

/// <summary>
/// A bounded load run on loopback: 32 concurrent clients (each its own client address, through a trusted test
/// proxy) mix valid and hostile requests against the real server. Zero 5xx, zero unhandled exceptions, and memory
/// afterwards within a bound of memory before. 10 s by default; <c>LOAD_TEST_SECONDS=30</c> for the full run.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class LoadTests(CuratedDatabase database, ITestOutputHelper output) : IDisposable
{
    private const int Clients = 32;
    private const long MemoryBoundBytes = 200L * 1024 * 1024;

    private static readonly string[] _valid =
    [
        "{ persons(first: 10) { nodes { label names { value } } } }",
        "{ disputes(first: 10) { nodes { property claims { displayValue citations { quote } } } } }",
        "{ events(first: 20, order: [{ start: ASC }]) { nodes { label start sites { label } } } }",
        """{ search(text: "tuol") { label } }""",
    ];

    private static readonly string[] _hostile =
        ["malformed JSON", "depth 40", "2,000 aliases", "first: 100000", "bad cursor", "lone surrogate", "batched array", "fragment cycle"];

    private readonly HistoryApiFactory _factory = new HistoryApiFactory(database.FilePath)
        .With("RateLimiting:TrustedProxies:0", "127.0.0.1")
        .With("RateLimiting:TrustedProxies:1", "::1");

    [Fact]
    public async Task MixedValidAndHostileLoad_NeverFailsTheServer()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("LOAD_TEST_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 10;
        var baseAddress = new Uri(_factory.StartOnLoopback());
        var statuses = new ConcurrentDictionary<int, int>();
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        await http.SendAsync(Valid(0, 0));
        var before = Memory();

        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var i = 0; stop.Elapsed < TimeSpan.FromSeconds(seconds); i++)
            {
                using var request = i % 3 == 2 ? Hostile(client, i) : Valid(client, i);
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            }
        })));

        var after = Memory();
        output.WriteLine($"{statuses.Values.Sum()} requests in {seconds} s: " + string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}")));
        output.WriteLine($"managed memory before {before / 1024 / 1024} MiB, after {after / 1024 / 1024} MiB");
        Assert.DoesNotContain(statuses.Keys, status => status >= 500);
        Assert.True(statuses.GetValueOrDefault(200) > Clients, "the valid requests must mostly succeed");
        Assert.True(after - before < MemoryBoundBytes, $"memory grew by {(after - before) / 1024 / 1024} MiB");
        var (final, body) = await GraphQLClient.PostAsync(http, "{ __typename }");
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
        GraphQLAssert.Data(body);
    }

    private static HttpRequestMessage Valid(int client, int i) =>
        WithClient(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = _valid[i % _valid.Length] }) }, client);

    private static HttpRequestMessage Hostile(int client, int i) => WithClient(HostileRequests.Build(_hostile[i % _hostile.Length]), client);

    private static HttpRequestMessage WithClient(HttpRequestMessage request, int client)
    {
        request.Headers.Add("X-Forwarded-For", $"203.0.113.{client + 1}");
        return request;
    }

    private static long Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    public void Dispose() => _factory.Dispose();
}
