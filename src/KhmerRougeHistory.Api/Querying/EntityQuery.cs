using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Sorting;

namespace KhmerRougeHistory.Api.Querying;

/// <summary>
/// How one entity is queried: its filters, its sorts, its key, and which columns each GraphQL field reads.
/// One generic mechanism (filter, sort, keyset paging, projection) is configured per entity with this.
/// </summary>
public sealed class EntityQuery<TEntity>
    where TEntity : class
{
    public required string Name { get; init; }

    public required SortField<TEntity> Key { get; init; }

    public required FilterDefinition<TEntity> Filter { get; init; }

    public required SortDefinition<TEntity> Sort { get; init; }

    /// <summary>The entity properties each GraphQL field reads; fields not listed read only the always-columns.</summary>
    public required IReadOnlyDictionary<string, string[]> Columns { get; init; }

    /// <summary>Properties read whatever is selected (the key, and what relations and IDs are built from).</summary>
    public required IReadOnlyList<string> AlwaysColumns { get; init; }

    /// <summary>
    /// The entity's rows counted per value of one column at import (a child list whose "parent" is that value, with a
    /// <see cref="Paging.ListSource{TEntity}.CountName"/>): a list narrowed by that column alone reads its total by key.
    /// </summary>
    public Paging.ListSource<TEntity>? CountedBy { get; init; }

    public IEnumerable<string> ColumnsFor(IEnumerable<string> fields, IEnumerable<SortKey<TEntity>> order) =>
        AlwaysColumns
            .Concat(fields.SelectMany(f => Columns.TryGetValue(f, out var columns) ? columns : []))
            .Concat(order.Select(o => SelectedMember(o.Field)).OfType<string>());

    // Sorting needs the sort value of every row for its cursor, so sorted members are always read.
    private static string? SelectedMember(SortField<TEntity> field) =>
        (field.Selector.Body as System.Linq.Expressions.MemberExpression)?.Member.Name;
}
