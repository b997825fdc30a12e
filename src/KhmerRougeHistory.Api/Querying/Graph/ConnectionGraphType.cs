using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Graph;

/// <summary>A connection type named after its field (<c>persons</c> → <c>PersonsConnection</c>), as HotChocolate does.</summary>
public abstract class ConnectionGraphType<TNode, TNodeType, TEdgeType> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    protected ConnectionGraphType(string fieldName)
    {
        Name = fieldName + "Connection";
        Description = "A connection to a list of items.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(context => context.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<TEdgeType>>>("edges").Description("A list of edges.").Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Description("A flattened list of the nodes.").Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items match, on all pages. Counted only when selected.")
            .Resolve(context => context.Source.TotalCount ?? throw new InvalidOperationException("totalCount was selected but not counted."));
    }
}
