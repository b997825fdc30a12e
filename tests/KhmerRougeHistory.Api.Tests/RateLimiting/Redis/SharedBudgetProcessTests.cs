using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Tests.EndToEnd.Processes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.RateLimiting.Redis.FleetApi;

namespace KhmerRougeHistory.Api.Tests.RateLimiting.Redis;

/// <summary>
/// Real API processes with one Redis: replicas share one budget per client, the budget refills at the configured
/// rate, and a Redis that dies mid-run leaves the replicas serving on per-process budgets until it is back.
/// </summary>
// Alone, after the parallel tests: two of these measure how long requests wait and when a bucket refills.
[Collection(ProcessesRunAlone.Name)]
public sealed partial class SharedBudgetProcessTests(CuratedDatabase database)
{
    private static readonly TimeSpan _hour = TimeSpan.FromHours(1);

    [RedisFact]
    public async Task TwoReplicas_WithOneRedis_ShareOneBudgetPerClient()
    {
        var settings = Settings(database, RedisServer.RequiredConnectionString, RedisServer.NewKeyPrefix(), tokens: 4, _hour);
        var starting = new[] { ApiProcess.StartListeningAsync(settings), ApiProcess.StartListeningAsync(settings) };
        await using var first = await starting[0];
        await using var second = await starting[1];
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        var spent = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            var (status, remaining, _) = await PostAsync(firstClient);
            Assert.Equal(HttpStatusCode.OK, status);
            spent.Add(remaining);
        }

        // The second replica has served nobody: only a shared bucket can make it refuse.
        var (refused, left, response) = await PostAsync(secondClient);

        Assert.Equal(["3", "2", "1", "0"], spent);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused);
        Assert.Equal("0", left);
        // Counted exactly from the bucket's first use (in whole seconds, rounded up): the next token, within the hour.
        Assert.InRange(RateLimitedApi.RetryAfter(response)!.Value, _hour - TimeSpan.FromMinutes(1), _hour);
    }

    [RedisFact]
    public async Task RedisBackedBucket_RefillsAtTheConfiguredRate()
    {
        // Long enough that a cold server's first requests never span a refill.
        var period = TimeSpan.FromSeconds(5);
        var settings = Settings(database, RedisServer.RequiredConnectionString, RedisServer.NewKeyPrefix(), tokens: 3, period);
        await using var api = await ApiProcess.StartListeningAsync(settings);
        using var client = api.CreateClient();

        // The bucket's periods count from its first use, here.
        var clock = Stopwatch.StartNew();
        var drained = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            drained.Add((await PostAsync(client)).Status);
        }

        var (_, _, refusal) = await PostAsync(client);
        var untilRefilled = (period * 1.25) - clock.Elapsed;
        Assert.True(untilRefilled > TimeSpan.Zero, $"draining took {clock.Elapsed}, more than a period: too slow to tell");
        await Task.Delay(untilRefilled);
        var afterOnePeriod = new List<HttpStatusCode> { (await PostAsync(client)).Status, (await PostAsync(client)).Status };
        Assert.True(clock.Elapsed < period * 2, $"too slow to tell: {clock.Elapsed}");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], drained);
        Assert.InRange(RateLimitedApi.RetryAfter(refusal)!.Value, TimeSpan.FromSeconds(1), period);
        // Three tokens missing, one every 5 s from the first use a moment ago: full again in just under 15 s.
        Assert.InRange(int.Parse(RateLimitedApi.Header(refusal, "RateLimit-Reset")!, System.Globalization.CultureInfo.InvariantCulture), 13, 15);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], afterOnePeriod);
    }

    [RedisFact]
    public async Task RedisStoppedMidRun_ApiKeepsServingOnPerProcessBudgets_ThenReturnsToRedis()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var prefix = RedisServer.NewKeyPrefix();
        var settings = Settings(database, redis.ConnectionString, prefix, tokens: 3, _hour);
        settings["RateLimiting:Store:RetryInterval"] = "00:00:00.250";
        await using var api = await ApiProcess.StartListeningAsync(settings);
        using var client = api.CreateClient();
        Assert.Equal("Healthy", (string?)(await WaitForStoreAsync(client, "Healthy", TimeSpan.FromSeconds(5)))?["status"]);
        Assert.Equal("2", (await PostAsync(client)).Remaining);
        Assert.True(await KeyExistsAsync(redis, prefix), "the first request was not metered in Redis");

        // On a loaded machine a first ping can time out before this point: a short outage of its own, already over.
        var outputBeforeOutage = await SettledOutputAsync(api);
        await redis.StopAsync();
        var clock = Stopwatch.StartNew();
        var duringOutage = new List<(HttpStatusCode Status, string? Remaining)>();
        for (var i = 0; i < 4; i++)
        {
            var (status, remaining, _) = await PostAsync(client);
            duringOutage.Add((status, remaining));
        }

        var outageElapsed = clock.Elapsed;
        var (readyStatus, ready) = await ReadinessAsync(client);

        // A fresh per-process bucket of 3: the limit still holds while Redis is gone.
        Assert.Equal(
            [(HttpStatusCode.OK, "2"), (HttpStatusCode.OK, "1"), (HttpStatusCode.OK, "0"), (HttpStatusCode.TooManyRequests, "0")],
            duringOutage);
        Assert.True(outageElapsed < TimeSpan.FromSeconds(3), $"requests waited for Redis: {outageElapsed}");
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("Degraded", (string?)ready?["status"]);
        Assert.Contains("unreachable", (string?)ready?["checks"]?["rateLimitStore"]?["description"], StringComparison.Ordinal);

        await redis.StartAgainAsync();
        var back = await WaitForStoreAsync(client, "Healthy", TimeSpan.FromSeconds(15));
        Assert.Equal("Healthy", (string?)back?["status"]);

        // The per-process bucket is empty, the new Redis holds no bucket: a full one there answers.
        var (statusAfter, remainingAfter, _) = await PostAsync(client);
        Assert.Equal((HttpStatusCode.OK, "2"), (statusAfter, remainingAfter));
        Assert.True(await KeyExistsAsync(redis, prefix), "after the outage the request was not metered in Redis");
        var output = api.Output[outputBeforeOutage.Length..];
        Assert.Single(OutageWarnings().Matches(output));
        Assert.Single(OutageEnded().Matches(output));
    }

    [RedisFact]
    public async Task RedisThatStopsAnswering_HoldsRequestsUpAtMostItsTimeout()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var settings = Settings(database, redis.ConnectionString, RedisServer.NewKeyPrefix(), tokens: 100, _hour);
        settings["RateLimiting:Store:Timeout"] = "00:00:00.200";
        await using var api = await ApiProcess.StartListeningAsync(settings);
        using var client = api.CreateClient();
        Assert.Equal("99", (await PostAsync(client)).Remaining);

        // Frozen: the connection stays open, so only the time-out can tell that nothing will answer.
        await redis.SignalAsync("STOP");
        var durations = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            var clock = Stopwatch.StartNew();
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client)).Status);
            durations.Add(clock.Elapsed);
        }

        var (readyStatus, ready) = await ReadinessAsync(client);
        await redis.SignalAsync("CONT");

        // The time-out (200 ms) bounds each wait exactly; StackExchange.Redis alone notices only on its 1 s heartbeat.
        Assert.All(durations, d => Assert.True(d < TimeSpan.FromMilliseconds(600), $"a request took {d}"));
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("Degraded", (string?)ready?["checks"]?["rateLimitStore"]?["status"]);
    }

    /// <summary>
    /// The output once every outage logged so far has its end logged too, and nothing more has been written for half a
    /// second: the console logger writes from a queue, after the request that logged has been answered.
    /// </summary>
    private static async Task<string> SettledOutputAsync(ApiProcess api)
    {
        var deadline = Stopwatch.StartNew();
        var output = api.Output;
        var unchanged = Stopwatch.StartNew();
        while (unchanged.Elapsed < TimeSpan.FromMilliseconds(500) || OutageWarnings().Count(output) != OutageEnded().Count(output))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "The outages logged before Redis stopped did not all end:\n" + output);
            await Task.Delay(50);
            if (api.Output is var now && now.Length != output.Length)
            {
                output = now;
                unchanged.Restart();
            }
        }

        return output;
    }

    private static async Task<bool> KeyExistsAsync(RedisServerProcess redis, string prefix)
    {
        await using var connection = await redis.ConnectAsync();
        return await connection.GetDatabase().KeyExistsAsync(prefix + "127.0.0.1");
    }

    // The console logger's first line of an entry: "warn: Category[EventId]".
    [GeneratedRegex(@"warn: KhmerRougeHistory\.Api\.RateLimiting\.Redis\.RateLimitStoreStatus\[4011\]")]
    private static partial Regex OutageWarnings();

    [GeneratedRegex(@"info: KhmerRougeHistory\.Api\.RateLimiting\.Redis\.RateLimitStoreStatus\[4012\]")]
    private static partial Regex OutageEnded();
}
