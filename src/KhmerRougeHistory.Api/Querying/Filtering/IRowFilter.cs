using System.Linq.Expressions;

namespace KhmerRougeHistory.Api.Querying.Filtering;

/// <summary>
/// What a list or relation filter applies to each related row: an entity's own <c>where</c> definition, or one that
/// reaches the entity through a relation of the row (an event's sites are the values of its place claims).
/// </summary>
public interface IRowFilter<TRow>
{
    /// <summary>The predicate for the client's input of the element's filter type.</summary>
    Expression<Func<TRow, bool>> Predicate(object? input);
}
