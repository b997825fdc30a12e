using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KhmerRougeHistory.Api.RateLimiting.Redis;

/// <summary>
/// The client budget of a fleet: taken from Redis (<see cref="RedisTokenBucket"/>), so that every replica draws on
/// one bucket per client, and from this process's own buckets (<see cref="ProcessClientBudget"/>) whenever Redis is
/// not connected, fails or takes longer than <see cref="RateLimitStoreOptions.Timeout"/>. A request is never failed
/// or held up by the store; what a client spends during an outage is counted per replica and not carried over.
/// </summary>
internal sealed class FailoverClientBudget(
    RedisConnection connection, RedisTokenBucket shared, ProcessClientBudget local, RateLimitStoreStatus status, IOptions<RateLimitStoreOptions> store)
    : IClientBudget
{
    private readonly TimeSpan _timeout = store.Value.Timeout;

    public RateLimitingOptions Options => local.Options;

    public async ValueTask<BudgetTake> TryTakeAsync(string client, int tokens, CancellationToken cancellationToken)
    {
        if (status.ShouldTry)
        {
            if (connection.Multiplexer is not { IsConnected: true } redis)
            {
                status.Failed("not connected");
            }
            else
            {
                var attempt = status.BeginAttempt();
                try
                {
                    // WaitAsync bounds the wait exactly; StackExchange.Redis checks its own time-out only once a second.
                    var take = await shared.TryTakeAsync(redis.GetDatabase(), client, tokens).WaitAsync(_timeout, cancellationToken);
                    status.Succeeded(attempt);
                    return take;
                }
                catch (Exception e) when (e is RedisException or TimeoutException)
                {
                    status.Failed(e is TimeoutException ? "timed out" : "a command failed", e);
                }
            }
        }

        return await local.TryTakeAsync(client, tokens, cancellationToken);
    }
}
