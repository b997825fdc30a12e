namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// The computed cost of the current GraphQL request, set on <c>HttpContext.Features</c> by cost analysis once the
/// document is valid (for cached documents too, since the cost depends on the variables), before anything
/// executes; absent when the request never got that far (refused by the transport, a syntax error, an invalid
/// document). Read it with <c>httpContext.Features.Get&lt;RequestCostFeature&gt;()</c>, e.g. to weigh a rate
/// limit by cost. <see cref="FieldCost"/> and <see cref="TypeCost"/> are HotChocolate's two metrics (IBM's cost
/// specification); <see cref="TotalCost"/> is the larger of the two, at least 1.
/// </summary>
public sealed class RequestCostFeature
{
    public RequestCostFeature(int fieldCost, int typeCost)
    {
        FieldCost = fieldCost;
        TypeCost = typeCost;
    }

    /// <summary>The execution impact: 1 for every field returning an object or a list, times the sizes of the lists it sits in.</summary>
    public int FieldCost { get; }

    /// <summary>The data impact: how many objects the response may hold, the root query object included.</summary>
    public int TypeCost { get; }

    /// <summary>
    /// The cost of the request as one number: the larger of <see cref="FieldCost"/> and <see cref="TypeCost"/>,
    /// at least 1. It is at most the larger of the two cost limits for any request that executes.
    /// </summary>
    public int TotalCost => Math.Max(1, Math.Max(FieldCost, TypeCost));

    /// <summary>Whether the request is over either limit (it was then refused with <c>MAX_COST_EXCEEDED</c>).</summary>
    public bool Exceeds(RequestLimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return FieldCost > limits.MaxFieldCost || TypeCost > limits.MaxTypeCost;
    }
}
