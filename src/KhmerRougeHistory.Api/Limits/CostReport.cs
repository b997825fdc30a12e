using GraphQL;
using GraphQL.DI;
using KhmerRougeHistory.Api.Limits.Errors;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// Adds the request's cost to the response's <c>extensions</c> as HotChocolate does,
/// <c>"operationCost": { "fieldCost": n, "typeCost": n }</c>, when the request has the header
/// <c>GraphQL-Cost: report</c>, and always when the request was refused with <c>MAX_COST_EXCEEDED</c>.
/// </summary>
internal sealed class CostReport(IHttpContextAccessor httpContextAccessor) : IConfigureExecution
{
    public const string HeaderName = "GraphQL-Cost";

    public const string ExtensionName = "operationCost";

    /// <summary>Outside everything that produces or replaces the result, inside the time-out.</summary>
    public float SortOrder => 20;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(options);
        if (httpContextAccessor.HttpContext is { } http
            && http.Features.Get<RequestCostFeature>() is { } cost
            && (IsReportRequested(http.Request) || result.Errors?.Any(error => error is MaxCostExceededError) == true))
        {
            result.Extensions ??= [];
            result.Extensions[ExtensionName] = new Dictionary<string, object?>
            {
                ["fieldCost"] = cost.FieldCost,
                ["typeCost"] = cost.TypeCost,
            };
        }

        return result;
    }

    private static bool IsReportRequested(HttpRequest request) =>
        request.Headers[HeaderName].Any(value => string.Equals(value?.Trim(), "report", StringComparison.OrdinalIgnoreCase));
}
