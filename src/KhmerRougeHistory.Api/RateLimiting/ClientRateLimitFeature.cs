namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>
/// Set on a request that <see cref="ClientRateLimitMiddleware"/> metered: which bucket it counts against and what
/// the last take from it left. The admission took one token; the rest of the request's cost is taken after
/// validation.
/// </summary>
internal sealed class ClientRateLimitFeature(string client, BudgetTake admission)
{
    public string Client { get; } = client;

    /// <summary>The admission's take, then the cost charge's: what the response's RateLimit fields report.</summary>
    public BudgetTake LastTake { get; set; } = admission;
}
