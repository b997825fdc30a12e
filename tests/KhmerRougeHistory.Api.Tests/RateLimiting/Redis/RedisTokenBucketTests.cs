using KhmerRougeHistory.Api.RateLimiting;
using KhmerRougeHistory.Api.RateLimiting.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KhmerRougeHistory.Api.Tests.RateLimiting.Redis;

/// <summary>The Lua token bucket on a real Redis: atomic take-or-refuse, refill as the per-process bucket does, key expiry.</summary>
public sealed class RedisTokenBucketTests : IAsyncLifetime
{
    private const string Client = "192.0.2.10";

    private readonly string _prefix = RedisServer.NewKeyPrefix();

    private ConnectionMultiplexer? _redis;

    private IDatabase Redis => _redis?.GetDatabase() ?? throw new InvalidOperationException("not connected");

    public async Task InitializeAsync()
    {
        if (RedisServer.SkipReason is null)
        {
            _redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.RequiredConnectionString);
        }
    }

    [RedisFact]
    public async Task Take_BeyondTheBucket_IsRefused_WithTheTimeUntilEnoughTokensCome()
    {
        var bucket = Bucket(limit: 3, perPeriod: 1, TimeSpan.FromHours(1));

        var takes = new List<BudgetTake>();
        for (var i = 0; i < 4; i++)
        {
            takes.Add(await bucket.TryTakeAsync(Redis, Client, 1));
        }

        Assert.Equal([true, true, true, false], takes.Select(t => t.Taken));
        Assert.Equal([2L, 1L, 0L, 0L], takes.Select(t => t.Remaining));
        Assert.Equal(TimeSpan.Zero, takes[0].RetryAfter);
        // The next token comes an hour after the bucket's first use, the bucket is full two hours after that.
        Assert.InRange(takes[3].RetryAfter, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        Assert.InRange(takes[3].UntilFull, TimeSpan.FromHours(2.99), TimeSpan.FromHours(3));
        Assert.Equal(3, (await Bucket(limit: 3, perPeriod: 1, TimeSpan.FromHours(1)).TryTakeAsync(Redis, "192.0.2.11", 0)).Remaining);
    }

    [RedisFact]
    public async Task Take_OfMoreThanTheBucketHolds_TakesNothing()
    {
        var bucket = Bucket(limit: 10, perPeriod: 1, TimeSpan.FromHours(1));
        await bucket.TryTakeAsync(Redis, Client, 4);

        var refused = await bucket.TryTakeAsync(Redis, Client, 7);
        var taken = await bucket.TryTakeAsync(Redis, Client, 6);

        Assert.False(refused.Taken);
        Assert.Equal(6, refused.Remaining);
        Assert.True(taken.Taken);
        Assert.Equal(0, taken.Remaining);
    }

    [RedisFact]
    public async Task Bucket_RefillsWholeTokensPerPeriod_FromItsFirstUse_NeverBeyondItsLimit()
    {
        var period = TimeSpan.FromMilliseconds(700);
        var bucket = Bucket(limit: 4, perPeriod: 2, period);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.True((await bucket.TryTakeAsync(Redis, Client, 4)).Taken);

        await Task.Delay((period * 1.3) - clock.Elapsed);
        var afterOnePeriod = await bucket.TryTakeAsync(Redis, Client, 3);
        var twoTokens = await bucket.TryTakeAsync(Redis, Client, 2);
        Assert.True(clock.Elapsed < period * 2, $"too slow to tell: {clock.Elapsed}");

        await Task.Delay(period * 4);
        var afterIdling = await bucket.TryTakeAsync(Redis, Client, 4);
        var beyondTheLimit = await bucket.TryTakeAsync(Redis, Client, 1);

        Assert.False(afterOnePeriod.Taken);
        Assert.Equal(2, afterOnePeriod.Remaining);
        Assert.True(twoTokens.Taken);
        // Four periods of idling brought eight tokens, of which the bucket keeps four.
        Assert.True(afterIdling.Taken);
        Assert.False(beyondTheLimit.Taken);
    }

    [RedisFact]
    public async Task ConcurrentTakes_NeverSpendMoreThanTheBucket()
    {
        var bucket = Bucket(limit: 20, perPeriod: 1, TimeSpan.FromHours(1));

        var takes = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => bucket.TryTakeAsync(Redis, Client, 1)));

        Assert.Equal(20, takes.Count(t => t.Taken));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => (long)i).Order(), takes.Where(t => t.Taken).Select(t => t.Remaining).Order());
    }

    [RedisFact]
    public async Task Key_ExpiresWhenTheBucketWouldBeFullAgain()
    {
        var bucket = Bucket(limit: 10, perPeriod: 5, TimeSpan.FromMinutes(1));

        await bucket.TryTakeAsync(Redis, Client, 7);
        var ttl = await Redis.KeyTimeToLiveAsync(_prefix + Client);

        // Seven tokens missing, five a minute: full after two minutes.
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(1.95), TimeSpan.FromMinutes(2));
    }

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    private RedisTokenBucket Bucket(int limit, int perPeriod, TimeSpan period) => new(
        Options.Create(new RateLimitingOptions { TokenLimit = limit, TokensPerPeriod = perPeriod, ReplenishmentPeriod = period }),
        Options.Create(new RateLimitStoreOptions { KeyPrefix = _prefix }));
}
