using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KhmerRougeHistory.Api.RateLimiting.Redis;

/// <summary>
/// A client's token bucket in Redis, taken from by one Lua script so that refill, take-or-refuse and the answer are
/// one atomic step for all replicas. It refills as <see cref="ProcessClientBudget"/> does: whole
/// <see cref="RateLimitingOptions.TokensPerPeriod"/> at the end of every
/// <see cref="RateLimitingOptions.ReplenishmentPeriod"/> counted from the bucket's first use, never beyond
/// <see cref="RateLimitingOptions.TokenLimit"/>. Time is the Redis server's, so replicas with drifting clocks agree.
/// A bucket's key expires when it would be full again (a missing key is a full bucket), so memory follows active
/// clients.
/// </summary>
internal sealed class RedisTokenBucket(IOptions<RateLimitingOptions> limits, IOptions<RateLimitStoreOptions> store)
{
    // KEYS[1]: the bucket (hash: tokens, since = start of the current period in ms). ARGV: limit, tokens per period,
    // period in ms, tokens to take. Returns taken (0/1), tokens left, ms until the take would succeed, ms until full.
    private const string Script = """
        local limit = tonumber(ARGV[1])
        local per_period = tonumber(ARGV[2])
        local period = tonumber(ARGV[3])
        local cost = tonumber(ARGV[4])
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'since')
        local tokens = tonumber(state[1])
        local since = tonumber(state[2])
        if tokens == nil or since == nil then
          tokens = limit
          since = now
        else
          local periods = math.floor((now - since) / period)
          if periods > 0 then
            tokens = math.min(limit, tokens + periods * per_period)
            since = since + periods * period
          end
        end
        local taken = 0
        if tokens >= cost then
          tokens = tokens - cost
          taken = 1
        end
        local function wait(wanted)
          if tokens >= wanted then return 0 end
          return since + math.ceil((wanted - tokens) / per_period) * period - now
        end
        local retry = 0
        if taken == 0 then retry = wait(cost) end
        local until_full = wait(limit)
        if until_full > 0 then
          redis.call('HSET', KEYS[1], 'tokens', tokens, 'since', since)
          redis.call('PEXPIRE', KEYS[1], until_full)
        else
          redis.call('DEL', KEYS[1])
        end
        return { taken, tokens, retry, until_full }
        """;

    private readonly RateLimitingOptions _limits = limits.Value;
    private readonly string _keyPrefix = store.Value.KeyPrefix;

    public async Task<BudgetTake> TryTakeAsync(IDatabaseAsync redis, string client, int tokens)
    {
        ArgumentNullException.ThrowIfNull(redis);
        RedisValue[] arguments =
        [
            _limits.TokenLimit,
            _limits.TokensPerPeriod,
            (long)_limits.ReplenishmentPeriod.TotalMilliseconds,
            Math.Clamp(tokens, 0, _limits.TokenLimit),
        ];
        var result = await redis.ScriptEvaluateAsync(Script, [new RedisKey(_keyPrefix + client)], arguments);
        var values = (long[]?)result ?? throw new RedisException("The token bucket script returned nothing.");
        if (values.Length != 4)
        {
            throw new RedisException($"The token bucket script returned {values.Length.ToString(CultureInfo.InvariantCulture)} values instead of 4.");
        }

        return new BudgetTake(values[0] == 1, values[1], TimeSpan.FromMilliseconds(values[2]), TimeSpan.FromMilliseconds(values[3]));
    }
}
