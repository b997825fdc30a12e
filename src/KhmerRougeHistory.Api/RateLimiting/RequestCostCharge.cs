using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using KhmerRougeHistory.Api.Limits;

namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>
/// Takes the rest of a request's cost from its client's bucket once the document is valid and its cost known,
/// before anything executes: a client that cannot afford the request gets 429 <c>RATE_LIMITED</c>. A request
/// refused by validation has paid its admission token only.
/// </summary>
internal sealed class RequestCostCharge(IHttpContextAccessor httpContextAccessor, IClientBudget budget, ILogger<RequestCostCharge> logger)
    : DocumentExecutionListenerBase, IConfigureExecution
{
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        options.Listeners.Add(this);
        return next(options);
    }

    public override async Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(validationResult);
        if (!validationResult.IsValid || context.Errors.Count > 0
            || httpContextAccessor.HttpContext is not { } http
            || http.Features.Get<ClientRateLimitFeature>() is not { } admitted)
        {
            return;
        }

        var cost = Math.Max(1, CostOf(http));
        if (cost == 1)
        {
            // The admission token paid for it: no second trip to the bucket (which may be across the network).
            return;
        }

        var take = await budget.TryTakeAsync(admitted.Client, cost - 1, context.CancellationToken);
        admitted.LastTake = take;
        if (!take.Taken)
        {
            Log.RateLimited(logger, admitted.Client, cost, take.Remaining, take.RetryAfter);
            context.Errors.Add(new RateLimitedError(cost, take.Remaining, take.RetryAfter, budget.Options));
        }
    }

    /// <summary>The cost analysis's cost of the request (<see cref="RequestCostFeature.TotalCost"/>), 1 without one.</summary>
    private static int CostOf(HttpContext http) => http.Features.Get<RequestCostFeature>()?.TotalCost ?? 1;
}
