using System.Linq.Expressions;
using KhmerRougeHistory.Api.Querying.Errors;

namespace KhmerRougeHistory.Api.Querying.Filtering;

/// <summary>
/// The fields a <c>where</c> input offers for one entity, and the translation of a client's input into one
/// predicate (with HotChocolate's <c>and</c>/<c>or</c> lists). Only cheap, indexed fields are offered.
/// </summary>
public sealed class FilterDefinition<TEntity>(string typeName, string description, IReadOnlyList<IFilterField> fields) : IRowFilter<TEntity>
{
    /// <summary>The input type's name, e.g. <c>PersonFilterInput</c>.</summary>
    public string TypeName => typeName;

    public string Description => description;

    public IReadOnlyList<IFilterField> Fields => fields;

    public Expression<Func<TEntity, bool>> Predicate(object? input)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        return Expression.Lambda<Func<TEntity, bool>>(Build(entity, FilterInput.AsObject(input, "where")), entity);
    }

    private Expression Build(Expression entity, IReadOnlyDictionary<string, object?> input)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in input)
        {
            if (name is "and" or "or")
            {
                var items = FilterInput.AsList(value, name).Select(i => Build(entity, FilterInput.AsObject(i, name))).ToList();
                parts.Add(items.Count == 0 ? Expression.Constant(name == "and")
                    : items.Aggregate(name == "and" ? Expression.AndAlso : Expression.OrElse));
                continue;
            }

            if (value is null)
            {
                continue;
            }

            var field = fields.FirstOrDefault(f => f.Name == name) ?? throw new InvalidFilterError($"'{name}' cannot be filtered on.");
            parts.Add(field.Build(entity, value));
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }
}
