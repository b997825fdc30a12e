using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>
/// One token bucket per client (<see cref="ClientAddress"/>) in this process, from System.Threading.RateLimiting:
/// the default, and what a replica falls back to while the shared store is unreachable. Buckets of clients that
/// stayed away until theirs was full are dropped after a while, so memory follows active clients.
/// </summary>
internal sealed class ProcessClientBudget : IClientBudget, IDisposable
{
    private readonly PartitionedRateLimiter<string> _buckets;

    public ProcessClientBudget(IOptions<RateLimitingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = Options.TokenLimit,
            TokensPerPeriod = Options.TokensPerPeriod,
            ReplenishmentPeriod = Options.ReplenishmentPeriod,
            // Refuse at once: a queued request would keep its connection and memory while it waits.
            QueueLimit = 0,
            // Each bucket refills on its own timer. RateLimitPartition.GetTokenBucketLimiter would refill them from
            // the partitioned limiter's timer instead, whose accounting also credits the time a bucket sat full:
            // a client idle for a while could then spend up to twice the bucket in one burst.
            AutoReplenishment = true,
        };
        _buckets = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.Get(client, _ => new TokenBucketRateLimiter(bucket)));
    }

    public RateLimitingOptions Options { get; }

    public ValueTask<BudgetTake> TryTakeAsync(string client, int tokens, CancellationToken cancellationToken)
    {
        var taken = TryTake(client, tokens, out var retryAfter);
        return ValueTask.FromResult(new BudgetTake(taken, Remaining(client), retryAfter, TimeUntil(client, Options.TokenLimit)));
    }

    public void Dispose() => _buckets.Dispose();

    private bool TryTake(string client, int tokens, out TimeSpan retryAfter)
    {
        tokens = Math.Min(tokens, Options.TokenLimit);
        if (tokens <= 0)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }

        using var lease = _buckets.AttemptAcquire(client, tokens);
        retryAfter = lease.IsAcquired ? TimeSpan.Zero : TimeUntil(client, tokens);
        return lease.IsAcquired;
    }

    private long Remaining(string client) => _buckets.GetStatistics(client)?.CurrentAvailablePermits ?? Options.TokenLimit;

    /// <summary>How long until the client's bucket holds <paramref name="tokens"/> (zero if it does now).</summary>
    private TimeSpan TimeUntil(string client, long tokens)
    {
        var missing = Math.Min(tokens, Options.TokenLimit) - Remaining(client);
        var periods = missing <= 0 ? 0 : (missing + Options.TokensPerPeriod - 1) / Options.TokensPerPeriod;
        return Options.ReplenishmentPeriod * periods;
    }
}
