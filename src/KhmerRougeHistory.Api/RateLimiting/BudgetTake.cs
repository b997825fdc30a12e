namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>
/// What one <see cref="IClientBudget.TryTakeAsync"/> did and left: whether the tokens were taken, the tokens left
/// in the bucket, how long until it holds what was asked for (zero when taken) and until it is full again. The
/// RateLimit fields of the response are written from the request's last take, so they need no second look-up.
/// </summary>
internal readonly record struct BudgetTake(bool Taken, long Remaining, TimeSpan RetryAfter, TimeSpan UntilFull);
