using GraphQL;
using GraphQL.Federation.Resolvers;
using GraphQL.Types;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Graph.Relay;
using KhmerRougeHistory.Api.Querying.Errors;

namespace KhmerRougeHistory.Api.Federation;

/// <summary>
/// Resolves <c>{ __typename, id }</c> representations through the Relay node resolver, so <c>_entities</c> with
/// N representations costs one statement per entity table, like <c>nodes(ids:)</c>. An id that does not decode,
/// or names another type, is <c>INVALID_ID</c> on that entry; an id that names nothing resolves to null.
/// </summary>
internal sealed class GlobalIdReferenceResolver : IFederationResolver
{
    public static GlobalIdReferenceResolver Instance { get; } = new();

    private GlobalIdReferenceResolver()
    {
    }

    public bool MatchKeys(IDictionary<string, object?> representation) => true;

    public object ParseRepresentation(IComplexGraphType graphType, IDictionary<string, object?> representation)
    {
        ArgumentNullException.ThrowIfNull(graphType);
        ArgumentNullException.ThrowIfNull(representation);
        return new EntityReference(graphType.Name, representation.TryGetValue("id", out var id) ? id : null);
    }

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, IComplexGraphType graphType, object parsedRepresentation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reference = (EntityReference)parsedRepresentation;
        if (reference.Id is not string id)
        {
            throw new InvalidIdError($"A {reference.TypeName} representation needs its key \"id\": the global ID (a string) this API returned.");
        }

        NodeId.DecodeKey(id, [reference.TypeName]);

        // Returned unawaited: graphql-dotnet completes every entry's load together, one IN (...) per loader.
        return new(NodeResolver.Resolve(context.Loaders(), id));
    }
}
