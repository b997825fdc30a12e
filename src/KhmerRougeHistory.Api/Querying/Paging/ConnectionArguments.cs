using GraphQL;
using KhmerRougeHistory.Api.Querying.Projection;

namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>What a connection field was asked for: page, where, order, and what the query selects.</summary>
public sealed record ConnectionArguments(
    PageRequest Page, object? Where, object? Order, IReadOnlySet<string> SelectedFields, bool IncludeTotalCount)
{
    public static ConnectionArguments From(IResolveFieldContext context, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = PageRequest.From(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"), options);
        return new ConnectionArguments(
            page,
            context.Arguments?.TryGetValue("where", out var where) == true ? where.Value : null,
            context.Arguments?.TryGetValue("order", out var order) == true ? order.Value : null,
            SelectionCollector.NodeFields(context),
            SelectionCollector.Fields(context).Contains("totalCount"));
    }
}
