using System.Linq.Expressions;
using KhmerRougeHistory.Api.Querying.Errors;

namespace KhmerRougeHistory.Api.Querying.Filtering;

/// <summary>
/// A collection filtered with <c>{ some, all, none, any }</c> (HotChocolate's <c>ListFilterInputTypeOf…</c>):
/// becomes a test over the related rows (the row's key among theirs, or an EXISTS; see <c>SqlPredicateWriter</c>).
/// </summary>
public sealed class ListFilterField<TEntity, TChild>(
    string name, string description, Expression<Func<TEntity, IEnumerable<TChild>>> collection, IRowFilter<TChild> element, Type inputGraphType)
    : IFilterField
{
    public string Name => name;

    public string Description => description;

    public Type InputGraphType => inputGraphType;

    public Expression Build(Expression entity, object? input)
    {
        var items = ParameterReplacer.Apply(collection, entity);
        var parts = FilterInput.AsObject(input, name).Select<KeyValuePair<string, object?>, Expression>(o => o.Key switch
        {
            "some" => Any(items, element.Predicate(o.Value)),
            "none" => Expression.Not(Any(items, element.Predicate(o.Value))),
            "all" => All(items, element.Predicate(o.Value)),
            "any" when o.Value is bool any => any ? Any(items, null) : Expression.Not(Any(items, null)),
            _ => throw new InvalidFilterError($"'{o.Key}' is not an operation of '{name}'."),
        }).ToList();
        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static MethodCallExpression Any(Expression items, LambdaExpression? predicate) => predicate is null
        ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TChild)], items)
        : Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TChild)], items, predicate);

    private static MethodCallExpression All(Expression items, LambdaExpression predicate) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [typeof(TChild)], items, predicate);
}
