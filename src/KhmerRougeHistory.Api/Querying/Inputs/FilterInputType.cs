using GraphQL.Types;
using KhmerRougeHistory.Api.Querying.Filtering;

namespace KhmerRougeHistory.Api.Querying.Inputs;

/// <summary>An entity's <c>where</c> input (e.g. <c>PersonFilterInput</c>), generated from its filter definition.</summary>
public abstract class FilterInputType<TEntity> : InputObjectGraphType
{
    protected FilterInputType(FilterDefinition<TEntity> definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Name = definition.TypeName;
        Description = definition.Description;
        var self = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(definition.TypeName)));
        AddField(new FieldType { Name = "and", ResolvedType = self, Description = "All of these conditions hold." });
        AddField(new FieldType { Name = "or", ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(definition.TypeName))), Description = "At least one of these conditions holds." });
        foreach (var field in definition.Fields)
        {
            AddField(new FieldType { Name = field.Name, Type = field.InputGraphType, Description = field.Description });
        }
    }
}
