using System.Linq.Expressions;

namespace KhmerRougeHistory.Api.Querying.Sorting;

/// <summary>A field an <c>order</c> input can sort by: its name and the member it sorts on.</summary>
public sealed class SortField<TEntity>(string name, string description, LambdaExpression selector)
{
    private Delegate? _compiled;

    public string Name => name;

    public string Description => description;

    public LambdaExpression Selector => selector;

    public Type ValueType => selector.ReturnType;

    /// <summary>The sort value of a loaded row, for its cursor.</summary>
    public object? ValueOf(TEntity entity) => (_compiled ??= selector.Compile()).DynamicInvoke(entity);

    public static SortField<TEntity> Of<TValue>(string name, string description, Expression<Func<TEntity, TValue>> selector) =>
        new(name, description, selector);
}
