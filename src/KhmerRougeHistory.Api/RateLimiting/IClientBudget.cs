namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>
/// Each client's cost budget: a token bucket of <see cref="RateLimitingOptions.TokenLimit"/> tokens refilled by
/// <see cref="RateLimitingOptions.TokensPerPeriod"/> every <see cref="RateLimitingOptions.ReplenishmentPeriod"/>.
/// Kept in this process (<see cref="ProcessClientBudget"/>) or, for a fleet of replicas, in Redis
/// (<see cref="Redis.FailoverClientBudget"/>); the middleware and the cost charge only see this.
/// </summary>
internal interface IClientBudget
{
    RateLimitingOptions Options { get; }

    /// <summary>
    /// Takes <paramref name="tokens"/> from the client's bucket if it holds that many, else nothing, in one step
    /// (two requests of one client can never both spend the last tokens). No request takes more than a full bucket.
    /// Never fails because a store is unreachable: that is the implementation's to absorb.
    /// </summary>
    ValueTask<BudgetTake> TryTakeAsync(string client, int tokens, CancellationToken cancellationToken);
}
