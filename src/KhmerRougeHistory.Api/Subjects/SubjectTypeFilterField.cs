using System.Linq.Expressions;
using KhmerRougeHistory.Api.Querying.Errors;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>
/// <c>type: { eq: SITE }</c> on any subject: a type test (<c>s is Site</c>), which the data path writes as the shared
/// table's discriminator test. The type is the row's class, not a column the model maps, so no operation filter fits.
/// </summary>
public sealed class SubjectTypeFilterField : IFilterField
{
    public string Name => "type";

    public string Description => "Which of the four kinds of subject it is.";

    public Type InputGraphType => typeof(EnumOperationFilterInputType<SubjectTypeGraphType>);

    public Expression Build(Expression entity, object? input)
    {
        var parts = FilterInput.AsObject(input, Name).Where(o => o.Value is not null).Select(o => o.Key switch
        {
            "eq" => Is(entity, o.Value),
            "neq" => Expression.Not(Is(entity, o.Value)),
            "in" => AnyOf(entity, o.Value, o.Key),
            "nin" => Expression.Not(AnyOf(entity, o.Value, o.Key)),
            "and" => All(entity, o.Value, o.Key, Expression.AndAlso, true),
            "or" => All(entity, o.Value, o.Key, Expression.OrElse, false),
            _ => throw new InvalidFilterError($"'{o.Key}' is not an operation of '{Name}'."),
        }).ToList();
        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Is(Expression entity, object? value) =>
        value is SubjectType type ? Expression.TypeIs(entity, SubjectModules.Of(type).EntityClass) : throw new InvalidFilterError("'type' compares with a SubjectType value.");

    private static Expression AnyOf(Expression entity, object? values, string operation) =>
        FilterInput.AsList(values, operation).Select(v => Is(entity, v)).Aggregate((Expression)Expression.Constant(false), Expression.OrElse);

    private Expression All(Expression entity, object? items, string operation, Func<Expression, Expression, BinaryExpression> combine, bool empty) =>
        FilterInput.AsList(items, operation).Select(i => Build(entity, i)).Aggregate((Expression)Expression.Constant(empty), (a, b) => combine(a, b));
}
