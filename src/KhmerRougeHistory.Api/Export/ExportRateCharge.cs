using KhmerRougeHistory.Api.RateLimiting;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// Export downloads draw on the same per-client token bucket as GraphQL requests: one token on arrival (an empty
/// bucket means 429 before anything is sent), which pays for the first <see cref="ExportOptions.BytesPerToken"/>
/// bytes, then one per <see cref="ExportOptions.BytesPerToken"/> more as they are sent (<see cref="MeteredStream"/>). A download whose bucket runs dry is not broken off, which would leave a
/// partial file; it waits for the tokens, so it goes on at the bucket's refill rate.
/// </summary>
internal sealed class ExportRateCharge(IClientBudget budget, IOptions<ExportOptions> options, TimeProvider time, ILogger<ExportRateCharge> logger)
{
    /// <summary>The shortest wait between two tries while a bucket is dry, so that a tiny refill period does not spin.</summary>
    private static readonly TimeSpan _minimumWait = TimeSpan.FromMilliseconds(50);

    public RateLimitingOptions Limits => budget.Options;

    public int BytesPerToken => options.Value.BytesPerToken;

    public string ClientOf(HttpContext http) => ClientAddress.Of(http, budget.Options.IPv6PrefixLength);

    public ValueTask<BudgetTake> AdmitAsync(string client, CancellationToken cancellationToken) =>
        budget.TryTakeAsync(client, 1, cancellationToken);

    /// <summary>Takes <paramref name="tokens"/>, waiting for the bucket to refill as often as it takes.</summary>
    public async ValueTask ChargeAsync(string client, long tokens, CancellationToken cancellationToken)
    {
        while (tokens > 0)
        {
            // A take never exceeds a full bucket (IClientBudget), so a large charge is paid a bucket at a time.
            var part = (int)Math.Min(tokens, budget.Options.TokenLimit);
            var take = await budget.TryTakeAsync(client, part, cancellationToken);
            if (take.Taken)
            {
                tokens -= part;
                continue;
            }

            var wait = take.RetryAfter > _minimumWait ? take.RetryAfter : _minimumWait;
            Log.Throttled(logger, client, tokens, wait);
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
