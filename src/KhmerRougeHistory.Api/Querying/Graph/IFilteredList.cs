using KhmerRougeHistory.Api.Querying.Filtering;

namespace KhmerRougeHistory.Api.Querying.Graph;

/// <summary>
/// The conditions on a list's items, declared on a type so that the <c>where</c> graph types of
/// <see cref="FilteredList{TSelf, TEntity}"/> can be closed over it and read them from there.
/// </summary>
public interface IFilteredList<TEntity>
{
    static abstract FilterDefinition<TEntity> Filter { get; }
}
