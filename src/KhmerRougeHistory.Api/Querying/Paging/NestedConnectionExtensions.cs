using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Querying.Paging;

public static class NestedConnectionExtensions
{
    /// <summary>
    /// Resolves a connection nested under a list field (a subject's claims, a source's citations, an event's
    /// participants) with the field's paging, where and order arguments, batched with its siblings.
    /// </summary>
    public static IDataLoaderResult<Connection<TChild>> NestedConnection<TChild>(
        this IResolveFieldContext context, string name, string parentKey, ListSource<TChild> source, EntityQuery<TChild> query)
        where TChild : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices!;
        var arguments = ConnectionArguments.From(context, services.GetRequiredService<IOptions<PagingOptions>>().Value);
        return services.GetRequiredService<NestedConnectionLoader>().Load(name, parentKey, source, query, arguments);
    }
}
