using GraphQL;
using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Data;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Querying.Paging;

public static class NestedConnectionExtensions
{
    /// <summary>
    /// Resolves a connection nested under a list field (a subject's claims, a source's citations, an event's
    /// participants) with the field's paging, where and order arguments, batched with its siblings.
    /// </summary>
    public static IDataLoaderResult<Connection<TChild>> NestedConnection<TChild>(
        this IResolveFieldContext context,
        string name,
        string parentKey,
        Func<HistoryDbContext, IReadOnlyList<string>, IQueryable<TChild>> children,
        Func<TChild, string> parentOf,
        EntityQuery<TChild> query)
        where TChild : class =>
        context.NestedConnection(name, parentKey, children, child => [parentOf(child)], query);

    /// <summary>
    /// The same, for children that belong to several parents at once (a claim cited by several sources):
    /// <paramref name="parentsOf"/> names every parent of the batch a loaded child belongs to.
    /// </summary>
    public static IDataLoaderResult<Connection<TChild>> NestedConnection<TChild>(
        this IResolveFieldContext context,
        string name,
        string parentKey,
        Func<HistoryDbContext, IReadOnlyList<string>, IQueryable<TChild>> children,
        Func<TChild, IEnumerable<string>> parentsOf,
        EntityQuery<TChild> query)
        where TChild : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices!;
        var arguments = ConnectionArguments.From(context, services.GetRequiredService<IOptions<PagingOptions>>().Value);
        return services.GetRequiredService<NestedConnectionLoader>().Load(name, parentKey, children, parentsOf, query, arguments);
    }
}
