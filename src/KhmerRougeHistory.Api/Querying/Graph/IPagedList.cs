namespace KhmerRougeHistory.Api.Querying.Graph;

/// <summary>
/// A list the API pages (all persons, a subject's claims, a source's citations), declared on a type so that the graph
/// types of <see cref="PagedList{TSelf, TEntity, TNodeType}"/> can be closed over it.
/// </summary>
public interface IPagedList<TEntity> : IFilteredList<TEntity>
    where TEntity : class
{
    /// <summary>The list's name in its types' names: <c>Persons</c> gives <c>PersonsConnection</c> and <c>PersonsEdge</c>.</summary>
    static abstract string ListName { get; }

    /// <summary>How the list is filtered, sorted and projected.</summary>
    static abstract EntityQuery<TEntity> Query { get; }
}
