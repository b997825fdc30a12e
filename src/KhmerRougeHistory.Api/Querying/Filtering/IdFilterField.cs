using System.Linq.Expressions;
using KhmerRougeHistory.Api.Graph.Relay;
using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Querying.Filtering;

/// <summary>
/// A key filtered by global IDs (<c>{ eq, neq, in, nin }</c> with <c>ID</c> values): each ID is decoded and
/// checked against the types the field can hold, so a garbled or foreign ID is an error, not an empty result.
/// </summary>
public sealed class IdFilterField<TEntity>(
    string name, string description, Expression<Func<TEntity, string?>> selector, IReadOnlyList<string> typeNames) : IFilterField
{
    public string Name => name;

    public string Description => description;

    public Type InputGraphType => typeof(IdOperationFilterInputType);

    public Expression Build(Expression entity, object? input)
    {
        var operations = FilterInput.AsObject(input, name).ToDictionary(
            o => o.Key,
            o => o.Key is "in" or "nin"
                ? FilterInput.AsList(o.Value, o.Key).Select(id => (object?)Key(id)).ToList()
                : o.Value is null ? null : (object?)Key(o.Value));
        return OperationPredicates.Build(ParameterReplacer.Apply(selector, entity), operations);
    }

    private string Key(object? id) => NodeId.DecodeKey(id as string, typeNames);
}
