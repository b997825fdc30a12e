using GraphQL.Types;

namespace KhmerRougeHistory.Api.Graph.Relay;

public static class NodeGraphTypeExtensions
{
    /// <summary>Adds the global <c>id</c> field and declares the <c>Node</c> interface on an object type.</summary>
    public static void AddNodeId<TSource>(this ObjectGraphType<TSource> type, Func<TSource, string> key)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Interface<NodeInterfaceType>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global ID: opaque, stable across data rebuilds. Use it with `node(id:)`.")
            .Resolve(context => NodeId.Encode(type.Name, key(context.Source)));
    }
}
