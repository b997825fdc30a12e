using System.Globalization;
using System.Text.Json;
using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Batching;

namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// Connections nested under a list (a subject's claims, a source's citations, an event's participants): the parents of
/// one level are batched into one statement (<see cref="ConnectionReader"/>), each parent paged in SQL. Parents asking
/// with different arguments are batched separately.
/// </summary>
public sealed class NestedConnectionLoader(ConnectionReader connections, LoaderRegistry registry)
{
    public IDataLoaderResult<Connection<TChild>> Load<TChild>(
        string name, string parentKey, ListSource<TChild> source, EntityQuery<TChild> query, ConnectionArguments arguments)
        where TChild : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(arguments);
        var keyset = new KeysetOrder<TChild>(query.Sort.Parse(arguments.Order), query.Key, query.Name + "/" + name);
        // Built for every parent of the level: the page is written field by field (a record's ToString goes through a
        // StringBuilder), and no filter needs no serializer. A missing cursor is told apart from an empty one (an
        // error), so that siblings asking with each are not batched together.
        var page = arguments.Page;
        var where = arguments.Where is null ? "-" : JsonSerializer.Serialize(arguments.Where);
        var cursor = page.Cursor is null ? "-" : "=" + page.Cursor;
        var variant = string.Create(
            CultureInfo.InvariantCulture, $"{name}|{where}|{keyset.Signature}|{page.Size}|{page.Backward}|{cursor}|{arguments.IncludeTotalCount}");
        return (registry.TryGet<string, Connection<TChild>>(variant, out var loader) ? loader : New(variant, name, source, query, arguments, keyset)).Load(parentKey);
    }

    // Built on a level's first load only: the empty page of a parent without children, and the fetch's closure (whose
    // captures would be allocated on every load if the lambda were declared in Load).
    private BatchLoader<string, Connection<TChild>> New<TChild>(
        string variant, string name, ListSource<TChild> source, EntityQuery<TChild> query, ConnectionArguments arguments, KeysetOrder<TChild> keyset)
        where TChild : class =>
        registry.Get<string, Connection<TChild>>(
            variant,
            (keys, ct) => connections.ReadChildrenAsync(source, keys, query, arguments, name, ct),
            PageCutter.Cut([], arguments.Page, keyset, arguments.IncludeTotalCount ? 0 : null));
}
