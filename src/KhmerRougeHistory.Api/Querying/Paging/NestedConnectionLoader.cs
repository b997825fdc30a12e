using System.Text.Json;
using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// Connections nested under a list (a subject's claims, a source's citations, an event's participants):
/// one statement per level. A single parent (a node looked up by ID) is paged in SQL like a root connection; several
/// parents get one seek-and-limit subquery each, joined by UNION ALL. Where a child can belong to several parents of
/// the batch, or totalCount is asked, all children of the batch are read and each parent's page is cut in memory.
/// Parents asking with different arguments are batched separately.
/// </summary>
public sealed class NestedConnectionLoader(IDbContextFactory<HistoryDbContext> contexts, LoaderRegistry registry)
{
    public IDataLoaderResult<Connection<TChild>> Load<TChild>(
        string name,
        string parentKey,
        Func<HistoryDbContext, IReadOnlyList<string>, IQueryable<TChild>> children,
        Func<TChild, IEnumerable<string>> parentsOf,
        bool oneParentPerChild,
        EntityQuery<TChild> query,
        ConnectionArguments arguments)
        where TChild : class
    {
        var order = query.Sort.Parse(arguments.Order);
        var keyset = new KeysetOrder<TChild>(order, query.Key, query.Name + "/" + name);
        var variant = $"{name}|{JsonSerializer.Serialize(arguments.Where)}|{keyset.Signature}|{arguments.Page}|{arguments.IncludeTotalCount}";
        return registry.Get<string, Connection<TChild>>(variant, async (keys, ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (keys.Count == 1)
            {
                // One parent (a node looked up by ID): its list may be huge (a register citing 150,000 passages),
                // so the page is cut in SQL like a root connection: seek past the cursor, read one page.
                var connection = await ConnectionResolver.ResolveAsync(children(db, keys), query, arguments with { ListScope = name }, ct, projectSelectedColumns: false);
                return new Dictionary<string, Connection<TChild>>(StringComparer.Ordinal) { [keys[0]] = connection };
            }

            if (oneParentPerChild && !arguments.IncludeTotalCount)
            {
                // Several parents, each cut to its page in SQL: one seek-and-limit subquery per parent, joined by
                // UNION ALL into one statement, so an event with 10,000 participants costs one page like the others.
                // Ordered as a whole by the page's order, so each parent's rows come out in its own order.
                var pages = keys.Select(key => ConnectionResolver.PageQuery(Filtered(children(db, [key]), query, arguments), keyset, arguments.Page))
                    .Aggregate(Queryable.Concat);
                var paged = await keyset.OrderBy(pages, reverse: arguments.Page.Backward).AsNoTracking().ToListAsync(ct);
                return paged.GroupBy(item => parentsOf(item).Single(), StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => ConnectionResolver.Page([.. g], arguments.Page, keyset, null), StringComparer.Ordinal);
            }

            // Children of several parents at once (a claim cited by several sources), or every child counted for
            // totalCount: all children of the batch in one statement, pages cut in memory.
            var rows = Filtered(children(db, keys), query, arguments);
            var items = await keyset.OrderBy(rows, reverse: false).AsNoTracking().ToListAsync(ct);
            return items.SelectMany(item => parentsOf(item).Select(parent => (Parent: parent, Item: item)))
                .GroupBy(pair => pair.Parent, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Page([.. g.Select(pair => pair.Item)], arguments, keyset), StringComparer.Ordinal);
        }, Page([], arguments, keyset)).Load(parentKey);
    }

    private static IQueryable<TChild> Filtered<TChild>(IQueryable<TChild> rows, EntityQuery<TChild> query, ConnectionArguments arguments)
        where TChild : class =>
        arguments.Where is null ? rows : rows.Where(query.Filter.Predicate(arguments.Where));

    private static Connection<TChild> Page<TChild>(List<TChild> ordered, ConnectionArguments arguments, KeysetOrder<TChild> keyset)
    {
        var page = arguments.Page;
        var start = 0;
        var end = ordered.Count;
        if (page.Cursor is not null)
        {
            var (_, key) = CursorCodec.Decode(page.Cursor, keyset.Signature, keyset.ValueTypes);
            var at = ordered.FindIndex(item => keyset.KeyOf(item) == key);
            (start, end) = page.Backward ? (0, at < 0 ? 0 : at) : (at < 0 ? ordered.Count : at + 1, ordered.Count);
        }

        var window = page.Backward ? ordered[Math.Max(start, end - page.Size)..end] : ordered[start..Math.Min(end, start + page.Size)];
        var edges = window.Select(item => new Edge<TChild>(CursorCodec.Encode(keyset.Signature, keyset.ValuesOf(item), keyset.KeyOf(item)), item)).ToList();
        var info = new PageInfo(
            HasNextPage: page.Backward ? end < ordered.Count : start + page.Size < end,
            HasPreviousPage: page.Backward ? end - page.Size > start : start > 0,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection<TChild>(edges, info, arguments.IncludeTotalCount ? ordered.Count : null);
    }
}
