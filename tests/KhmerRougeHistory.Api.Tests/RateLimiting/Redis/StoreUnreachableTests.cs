using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Diagnostics;
using KhmerRougeHistory.Api.Tests.EndToEnd.Processes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static KhmerRougeHistory.Api.Tests.RateLimiting.RateLimitedApi;

namespace KhmerRougeHistory.Api.Tests.RateLimiting.Redis;

/// <summary>
/// The policy when the configured store cannot be reached (here from the start: nothing listens on its port): every
/// request is served at once and metered by the process's own buckets, readiness says Degraded and why, and the outage
/// is logged once. Needs no Redis server.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class StoreUnreachableTests(CuratedDatabase database) : IDisposable
{
    private const int OutageWarning = 4011;

    private readonly CapturedLogs _logs = new();

    private RateLimitedApi? _api;

    [Fact]
    public async Task Requests_WhileTheStoreIsUnreachable_AreServedPromptly_WithPerProcessLimits()
    {
        var api = Start();

        var statuses = new List<HttpStatusCode>();
        var remaining = new List<string?>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 4; i++)
        {
            var (response, _) = await api.PostAsync("192.0.2.10");
            statuses.Add(response.StatusCode);
            remaining.Add(Header(response, "RateLimit-Remaining"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(["2", "1", "0", "0"], remaining);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"requests waited for the store: {clock.Elapsed}");
    }

    [Fact]
    public async Task Readiness_WhileTheStoreIsUnreachable_IsDegraded_AndSaysWhy()
    {
        var api = Start();

        var (response, body) = await GetAsync(api, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", (string?)body?["status"]);
        var store = body?["checks"]?["rateLimitStore"];
        Assert.Equal("Degraded", (string?)store?["status"]);
        Assert.Contains("unreachable", (string?)store?["description"], StringComparison.Ordinal);
        Assert.Contains("per-process budget", (string?)store?["description"], StringComparison.Ordinal);
        Assert.Equal("per-process", (string?)store?["data"]?["budgets"]);
        Assert.Equal("Healthy", (string?)body?["checks"]?["database"]?["status"]);
    }

    [Fact]
    public async Task Outage_IsLoggedOnce_NotPerRequest()
    {
        // Retried often, so that the requests below retry the store several times within the one outage.
        var api = Start(new() { ["RateLimiting:Store:RetryInterval"] = "00:00:00.100" });

        for (var i = 0; i < 6; i++)
        {
            await api.PostAsync($"192.0.2.{i}");
            await GetAsync(api, "/health/ready");
            await Task.Delay(120);
        }

        var warning = Assert.Single(_logs.WithEventId(OutageWarning));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("per-process budget", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_WithoutAStore_HasNoStoreCheck()
    {
        _api = new RateLimitedApi(database, Bucket(3));

        var (response, body) = await GetAsync(_api, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)body?["status"]);
        Assert.Null(body?["checks"]?["rateLimitStore"]);
    }

    [Fact]
    public async Task Start_WithAConnectionStringThatIsNotRedis_ExitsOneNamingTheSetting()
    {
        var settings = ServerSettings.For(database.FilePath, buildOnStartup: false);
        settings["ConnectionStrings:RateLimitStore"] = "redis:6379,noSuchOption=1";

        await StartupLog.AssertRefusedToStartAsync("ConnectionStrings:RateLimitStore", settings);

    }

    public void Dispose() => _api?.Dispose();

    private RateLimitedApi Start(Dictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>(Bucket(3)) { ["ConnectionStrings:RateLimitStore"] = $"127.0.0.1:{LoopbackPorts.Unused()}" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        _api = new RateLimitedApi(database, all, services => services.AddSingleton<ILoggerProvider>(_logs));
        return _api;
    }

    private static async Task<(HttpResponseMessage Response, JsonNode? Body)> GetAsync(RateLimitedApi api, string path)
    {
        var response = await api.Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }
}
