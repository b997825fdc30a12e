using GraphQL.Types;
using KhmerRougeHistory.Api.Querying.Sorting;

namespace KhmerRougeHistory.Api.Querying.Inputs;

/// <summary>An entity's <c>order</c> element (e.g. <c>PersonSortInput</c>), generated from its sort definition.</summary>
public abstract class SortInputType<TEntity> : InputObjectGraphType
{
    protected SortInputType(SortDefinition<TEntity> definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Name = definition.TypeName;
        Description = definition.Description;
        foreach (var field in definition.Fields)
        {
            AddField(new FieldType { Name = field.Name, Type = typeof(SortEnumType), Description = field.Description });
        }
    }
}
