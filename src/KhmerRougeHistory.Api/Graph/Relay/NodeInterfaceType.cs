using GraphQL.Types;

namespace KhmerRougeHistory.Api.Graph.Relay;

/// <summary>The Relay <c>Node</c> interface: everything with a global ID can be fetched again with <c>node(id:)</c>.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a global ID. Fetch it again any time with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global ID: opaque, stable across data rebuilds.");
    }
}
