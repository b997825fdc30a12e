using System.Linq.Expressions;

namespace KhmerRougeHistory.Api.Querying.Filtering;

/// <summary>A scalar field filtered with operations such as <c>eq</c>, <c>in</c>, <c>gt</c> or <c>contains</c>.</summary>
public sealed class OperationFilterField<TEntity, TValue>(
    string name, string description, Expression<Func<TEntity, TValue>> selector, Type inputGraphType) : IFilterField
{
    public string Name => name;

    public string Description => description;

    public Type InputGraphType => inputGraphType;

    public Expression Build(Expression entity, object? input) =>
        OperationPredicates.Build(ParameterReplacer.Apply(selector, entity), FilterInput.AsObject(input, name));
}
