using GraphQL.Types;
using GraphQL.Utilities;

namespace KhmerRougeHistory.Api.Federation;

/// <summary>
/// Describes the types and fields graphql-dotnet adds for federation, which come without descriptions: the
/// schema is this API's public documentation, federation's part included. Runs after graphql-dotnet's own
/// federation visitors, which add <c>_entities</c> only once the entity types are known.
/// </summary>
internal sealed class FederationSchemaDescriptions : BaseSchemaNodeVisitor
{
    public override void VisitSchema(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Describe(schema, "_Any", "A representation of an entity, as a federation router sends it: `{ \"__typename\": \"Person\", \"id\": \"…\" }` with the global ID this API returned.");
        Describe(schema, "_Entity", "Every type other subgraphs may reference by `@key(fields: \"id\")`.");
        Describe(schema, "_Service", "This subgraph as Apollo Federation 2 sees it.");
        Describe(schema, "federation__FieldSet", "A selection of fields, as federation's `@key` takes it (ours is always \"id\").");
        Describe(schema, "link__Import", "A name `@link` imports from the specification it links.");
        Describe(schema, "link__Purpose", "Why a schema links a specification.");

        if (schema.AllTypes["_Service"] is IComplexGraphType service && service.GetField("sdl") is { } sdl)
        {
            sdl.Description = "The subgraph SDL a federation router composes: this schema with its `@link` and `@key` directives, without federation's own definitions.";
        }

        if (schema.Query.GetField("_service") is { } serviceField)
        {
            serviceField.Description = "For federation routers and composition tools: the subgraph SDL.";
        }

        if (schema.Query.GetField("_entities") is { } entities)
        {
            entities.Description = "For federation routers: the entities the representations name, in their order, fetched in batches like `nodes(ids:)`. Null for an ID that names nothing; an ID that does not decode or names another type is an `INVALID_ID` error on its entry.";
            if (entities.Arguments?.Find("representations") is { } representations)
            {
                representations.Description = "One `{ __typename, id }` object per entity wanted.";
            }
        }
    }

    private static void Describe(ISchema schema, string typeName, string description)
    {
        if (schema.AllTypes[typeName] is { } type)
        {
            type.Description = description;
        }
    }
}
