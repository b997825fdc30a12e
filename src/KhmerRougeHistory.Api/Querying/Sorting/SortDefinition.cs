using KhmerRougeHistory.Api.Querying.Errors;
using KhmerRougeHistory.Api.Querying.Filtering;

namespace KhmerRougeHistory.Api.Querying.Sorting;

/// <summary>The fields an <c>order</c> input offers for one entity, and the default order.</summary>
public sealed class SortDefinition<TEntity>(string typeName, string description, IReadOnlyList<SortField<TEntity>> fields, IReadOnlyList<SortKey<TEntity>> defaultOrder)
{
    /// <summary>The input type's name, e.g. <c>PersonSortInput</c>.</summary>
    public string TypeName => typeName;

    public string Description => description;

    public IReadOnlyList<SortField<TEntity>> Fields => fields;

    /// <summary>
    /// The client's order (a list of one-field inputs, in key order), or the default. The key is always the
    /// final tie-break, added by the paginator.
    /// </summary>
    public IReadOnlyList<SortKey<TEntity>> Parse(object? input)
    {
        if (input is null)
        {
            return defaultOrder;
        }

        var keys = new List<SortKey<TEntity>>();
        foreach (var item in FilterInput.AsList(input, "order"))
        {
            var element = FilterInput.AsObject(item, "order").Where(e => e.Value is not null).ToList();
            if (element.Count != 1)
            {
                throw new InvalidFilterError("Each element of 'order' sets exactly one field; list several elements to sort by several fields.");
            }

            var (name, direction) = element[0];
            var field = fields.FirstOrDefault(f => f.Name == name) ?? throw new InvalidFilterError($"'{name}' cannot be sorted on.");
            keys.Add(new SortKey<TEntity>(field, string.Equals(direction as string, "DESC", StringComparison.Ordinal)));
        }

        return keys.Count == 0 ? defaultOrder : keys;
    }
}
