using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KhmerRougeHistory.Api.RateLimiting.Redis;

/// <summary>
/// Healthy while the shared store answers a ping; Degraded, never Unhealthy, while it does not: the replica still
/// serves (with per-process budgets), so it stays in the load balancer. A successful ping also ends an outage.
/// </summary>
internal sealed class RateLimitStoreHealthCheck(RedisConnection connection, RateLimitStoreStatus status, IOptions<RateLimitStoreOptions> store) : IHealthCheck
{
    public const string Name = "rateLimitStore";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (connection.Multiplexer is { IsConnected: true } redis)
        {
            var attempt = status.BeginAttempt();
            try
            {
                await redis.GetDatabase().PingAsync().WaitAsync(store.Value.Timeout, cancellationToken);
                status.Succeeded(attempt);
                return HealthCheckResult.Healthy(
                    "Client budgets are kept in the shared rate-limit store (Redis), one per client for every replica.",
                    new Dictionary<string, object> { ["budgets"] = "shared" });
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                status.Failed(e is TimeoutException ? "a ping timed out" : "a ping failed", e);
            }
        }
        else
        {
            status.Failed("not connected");
        }

        var outage = status.Outage;
        var data = new Dictionary<string, object> { ["budgets"] = "per-process" };
        if (outage is not null)
        {
            data["unreachableSince"] = outage.Since.ToString("O", CultureInfo.InvariantCulture);
        }

        return HealthCheckResult.Degraded(
            $"The shared rate-limit store (Redis) is unreachable ({outage?.Reason ?? "not answering"}): this replica limits "
            + "each client with its own per-process budget until the store answers again.",
            data: data);
    }
}
