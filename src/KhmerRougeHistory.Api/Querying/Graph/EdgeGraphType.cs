using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Graph;

/// <summary>An edge type named after its connection's field (<c>persons</c> → <c>PersonsEdge</c>), as HotChocolate does.</summary>
public abstract class EdgeGraphType<TNode, TNodeType> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    protected EdgeGraphType(string fieldName)
    {
        Name = fieldName + "Edge";
        Description = "An edge in a connection.";
        Field(e => e.Cursor).Description("A cursor for use in pagination.");
        Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge.").Resolve(context => context.Source.Node);
    }
}
