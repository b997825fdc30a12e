namespace KhmerRougeHistory.Api.Querying;

/// <summary>One page of a list, as the Relay connection spec and HotChocolate shape it.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}
