using GraphQL.Validation;
using KhmerRougeHistory.Api.Limits.Errors;
using KhmerRougeHistory.Api.Querying;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// Computes the cost of every request once its document is valid and its variables known (so it runs for cached
/// documents too), publishes it as <see cref="RequestCostFeature"/> on the HTTP context and refuses a request
/// over either cost limit with <c>MAX_COST_EXCEEDED</c>, before anything executes.
/// </summary>
internal sealed class CostAnalysisRule(
    IOptions<RequestLimitsOptions> limits,
    IOptions<PagingOptions> paging,
    IHttpContextAccessor httpContextAccessor,
    ILogger<CostAnalysisRule> logger) : ValidationRuleBase
{
    private readonly RequestLimitsOptions _limits = limits.Value;
    private readonly PagingOptions _paging = paging.Value;

    /// <summary>Post-node visitors run only for documents without errors, with every argument's value parsed.</summary>
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cost = CostAnalyzer.Analyze(context, _limits, _paging);
        httpContextAccessor.HttpContext?.Features.Set(cost);
        Log.CostComputed(logger, context.Operation.Name?.StringValue, cost.FieldCost, cost.TypeCost);
        if (!context.HasErrors && cost.Exceeds(_limits))
        {
            context.ReportError(new MaxCostExceededError(context.Document.Source, context.Operation, cost, _limits));
        }

        return default;
    }
}
