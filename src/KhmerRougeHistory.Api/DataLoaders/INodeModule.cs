using GraphQL.DataLoader;

namespace KhmerRougeHistory.Api.DataLoaders;

/// <summary>A module whose types are Relay nodes: how <c>node(id:)</c> and federation's <c>_entities</c> fetch each one.</summary>
public interface INodeModule
{
    IEnumerable<NodeType> NodeTypes { get; }
}

/// <summary>A node type by its GraphQL name, and how one of them is loaded by the key its global ID holds (null when none is).</summary>
public sealed record NodeType(string Name, Func<HistoryLoaders, string, IDataLoaderResult<object?>> Load);
