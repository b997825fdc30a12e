using GraphQLParser;
using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Limits.Errors;

/// <summary>
/// An operation whose field cost or type cost is over <see cref="RequestLimitsOptions.MaxFieldCost"/> or
/// <see cref="RequestLimitsOptions.MaxTypeCost"/>. Its extensions carry both costs and both limits, as
/// HotChocolate's cost error carries the one it exceeded.
/// </summary>
internal sealed class MaxCostExceededError : RequestLimitError
{
    public const string ErrorCode = "MAX_COST_EXCEEDED";

    public MaxCostExceededError(ROM source, GraphQLOperationDefinition operation, RequestCostFeature cost, RequestLimitsOptions limits)
        : base(ErrorCode, source, Describe(cost, limits), operation)
    {
        Extensions = new Dictionary<string, object?>
        {
            ["fieldCost"] = cost.FieldCost,
            ["maxFieldCost"] = limits.MaxFieldCost,
            ["typeCost"] = cost.TypeCost,
            ["maxTypeCost"] = limits.MaxTypeCost,
        };
    }

    private static string Describe(RequestCostFeature cost, RequestLimitsOptions limits) =>
        cost.TypeCost > limits.MaxTypeCost
            ? $"The operation may return {cost.TypeCost} objects (its type cost); this server allows at most {limits.MaxTypeCost}: ask for smaller pages (first/last) or fewer nested lists."
            : $"The operation's field cost is {cost.FieldCost}; this server allows at most {limits.MaxFieldCost}: ask for smaller pages (first/last) or fewer nested lists.";
}
