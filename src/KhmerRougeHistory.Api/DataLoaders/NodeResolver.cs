using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Graph.Relay;
using KhmerRougeHistory.Api.Querying.Errors;
using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.DataLoaders;

/// <summary>
/// Fetches any node by global ID through the batch loaders, so <c>nodes(ids:)</c> costs one statement per type. The
/// node types are those the entity modules declare (<see cref="INodeModule"/>).
/// </summary>
public static class NodeResolver
{
    private static readonly Dictionary<string, Func<HistoryLoaders, string, IDataLoaderResult<object?>>> _loads =
        EntityModules.All.OfType<INodeModule>().SelectMany(m => m.NodeTypes).ToDictionary(t => t.Name, t => t.Load, StringComparer.Ordinal);

    public static IDataLoaderResult<object?> Resolve(HistoryLoaders loaders, string? id)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var (typeName, key) = NodeId.Decode(id);
        return _loads.TryGetValue(typeName, out var load)
            ? load(loaders, key)
            : throw new InvalidIdError($"The ID names a '{typeName}', which is not a type of this API.");
    }
}
