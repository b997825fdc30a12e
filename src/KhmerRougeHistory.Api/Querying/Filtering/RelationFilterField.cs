using System.Linq.Expressions;
using KhmerRougeHistory.Api.Data.Sql;

namespace KhmerRougeHistory.Api.Querying.Filtering;

/// <summary>
/// A to-one relation filtered with the related entity's own <c>where</c> input (HotChocolate's nested object filter):
/// a claim by the subject it is about, a citation by its source. It becomes a test over the related row (its key among the matching rows' keys), which
/// is missing or of another type never matches. The related definition is read lazily, because relations run in
/// circles (a claim's citations, a citation's claim) and each definition is a static of its entity.
/// </summary>
public sealed class RelationFilterField<TEntity, TRelated>(
    string name, string description, Expression<Func<TEntity, object?>> navigation, Func<IRowFilter<TRelated>> related, Type inputGraphType)
    : IFilterField, IRowFilter<TEntity>
    where TRelated : class
{
    public string Name => name;

    public string Description => description;

    public Type InputGraphType => inputGraphType;

    public Expression Build(Expression entity, object? input) => Expression.Call(
        typeof(SqlRelation), nameof(SqlRelation.Matches), [typeof(TRelated)], ParameterReplacer.Apply(navigation, entity), Expression.Quote(related().Predicate(input)));

    /// <summary>Used as the element of a list filter: each row of the list matches when its related row does.</summary>
    public Expression<Func<TEntity, bool>> Predicate(object? input)
    {
        var row = Expression.Parameter(typeof(TEntity), "r");
        return Expression.Lambda<Func<TEntity, bool>>(Build(row, input), row);
    }
}
