using System.Linq.Expressions;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Sorting;

namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// An order with the key as final tie-break, and the two things keyset paging needs from it: ORDER BY, and
/// a WHERE that selects the rows after a cursor. Both follow SQLite's NULL placement (first when ascending,
/// last when descending; PostgreSQL is asked for the same, see <c>PostgresQueryCompatibility</c>), so page N costs
/// what page 1 costs: an index seek, never OFFSET.
/// </summary>
public sealed class KeysetOrder<TEntity>(IReadOnlyList<SortKey<TEntity>> keys, SortField<TEntity> key, string listName)
{
    private readonly IReadOnlyList<SortKey<TEntity>> _all = [.. keys, new SortKey<TEntity>(key, false)];

    /// <summary>Identifies the order, so that a cursor from another order or list is refused.</summary>
    public string Signature { get; } = listName + "|" + string.Join(",", keys);

    public IReadOnlyList<Type> ValueTypes => [.. keys.Select(k => k.Field.ValueType)];

    /// <summary>Every key of the order, the tie-break last: what ORDER BY lists.</summary>
    public IReadOnlyList<SortKey<TEntity>> Keys => _all;

    public IReadOnlyList<object?> ValuesOf(TEntity entity) => [.. keys.Select(k => k.Field.ValueOf(entity))];

    public string KeyOf(TEntity entity) => (string)key.ValueOf(entity)!;

    public IQueryable<TEntity> OrderBy(IQueryable<TEntity> source, bool reverse)
    {
        IOrderedQueryable<TEntity>? ordered = null;
        foreach (var sort in _all)
        {
            var descending = sort.Descending != reverse;
            var method = (ordered is null, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            ordered = (IOrderedQueryable<TEntity>)source.Provider.CreateQuery<TEntity>(Expression.Call(
                typeof(Queryable), method, [typeof(TEntity), sort.Field.ValueType], ordered?.Expression ?? source.Expression, Expression.Quote(sort.Field.Selector)));
        }

        return ordered!;
    }

    /// <summary>Rows strictly after the cursor position in this order (before it, when paging backward).</summary>
    public Expression<Func<TEntity, bool>> After(IReadOnlyList<object?> values, string cursorKey, bool reverse)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var positions = values.Append(cursorKey).ToList();
        Expression? any = null;
        for (var i = 0; i < _all.Count; i++)
        {
            Expression clause = Beyond(entity, _all[i], positions[i], reverse);
            for (var j = i - 1; j >= 0; j--)
            {
                clause = Expression.AndAlso(Same(entity, _all[j], positions[j]), clause);
            }

            any = any is null ? clause : Expression.OrElse(any, clause);
        }

        // SQLite cannot seek an index with an OR of comparisons. A redundant range on the first key
        // ("label >= v" when ascending, "label <= v" when descending) lets it start at the cursor instead of
        // reading every row before it. It holds for every row after the cursor unless NULLs follow the
        // cursor's value, which happens only when descending (NULLs last): that case keeps the OR alone.
        var first = _all[0];
        if (positions[0] is { } firstValue && first.Descending == reverse)
        {
            var member = ParameterReplacer.Apply(first.Field.Selector, entity);
            any = Expression.AndAlso(Compare(member, QueryValue.Of(firstValue, member.Type), descending: false, orEqual: true), any!);
        }
        else if (positions[0] is { } lastValue && !IsNullable(first))
        {
            var member = ParameterReplacer.Apply(first.Field.Selector, entity);
            any = Expression.AndAlso(Compare(member, QueryValue.Of(lastValue, member.Type), descending: true, orEqual: true), any!);
        }

        return Expression.Lambda<Func<TEntity, bool>>(any!, entity);
    }

    private static bool IsNullable(SortKey<TEntity> sort) =>
        !sort.Field.ValueType.IsValueType || Nullable.GetUnderlyingType(sort.Field.ValueType) is not null;

    private static Expression Same(ParameterExpression entity, SortKey<TEntity> sort, object? value)
    {
        var member = ParameterReplacer.Apply(sort.Field.Selector, entity);
        return value is null
            ? Expression.Equal(member, Expression.Constant(null, member.Type))
            : Expression.Equal(member, QueryValue.Of(value, member.Type));
    }

    private static Expression Beyond(ParameterExpression entity, SortKey<TEntity> sort, object? value, bool reverse)
    {
        var member = ParameterReplacer.Apply(sort.Field.Selector, entity);
        var descending = sort.Descending != reverse;
        var canBeNull = !member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null;

        // Ascending puts NULLs first: after NULL come all non-NULL values. Descending puts them last.
        // (A non-nullable key such as an ordinal has no NULL to compare with.)
        if (value is null)
        {
            return descending || !canBeNull ? Expression.Constant(false) : Expression.Not(IsNull(member));
        }

        var compared = Compare(member, QueryValue.Of(value, member.Type), descending);
        return descending && canBeNull ? Expression.OrElse(compared, IsNull(member)) : compared;
    }

    private static BinaryExpression IsNull(Expression member) => Expression.Equal(member, Expression.Constant(null, member.Type));

    private static Expression Compare(Expression member, Expression value, bool descending, bool orEqual = false)
    {
        Func<Expression, Expression, BinaryExpression> compare = (descending, orEqual) switch
        {
            (false, false) => Expression.GreaterThan,
            (false, true) => Expression.GreaterThanOrEqual,
            (true, false) => Expression.LessThan,
            (true, true) => Expression.LessThanOrEqual,
        };
        return member.Type == typeof(string)
            ? compare(Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, member, value), Expression.Constant(0))
            : compare(member, value);
    }
}
