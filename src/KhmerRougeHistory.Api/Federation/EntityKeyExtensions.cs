using GraphQL.Federation;
using GraphQL.Types;

namespace KhmerRougeHistory.Api.Federation;

public static class EntityKeyExtensions
{
    /// <summary>
    /// Declares the type a federation entity with <c>@key(fields: "id")</c>: other subgraphs reference it by the
    /// Relay global ID and the router fetches it through <c>_entities</c>, batched like <c>nodes(ids:)</c>.
    /// </summary>
    public static void AddEntityKey<TSource>(this ObjectGraphType<TSource> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Key("id");
        type.ResolveReference(GlobalIdReferenceResolver.Instance);
    }
}
