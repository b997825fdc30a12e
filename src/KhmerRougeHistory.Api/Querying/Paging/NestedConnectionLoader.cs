using System.Text.Json;
using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// Connections nested under a list (a subject's claims, a source's citations, an event's participants):
/// one statement loads the filtered, ordered children of every parent of the level, then each parent's page is
/// cut by cursor position. A level with a single parent is paged in SQL instead (as root connections are), so a
/// node's long list costs one page, not the whole list. Parents asking with different arguments are batched separately.
/// </summary>
public sealed class NestedConnectionLoader(IDbContextFactory<HistoryDbContext> contexts, LoaderRegistry registry)
{
    public IDataLoaderResult<Connection<TChild>> Load<TChild>(
        string name,
        string parentKey,
        Func<HistoryDbContext, IReadOnlyList<string>, IQueryable<TChild>> children,
        Func<TChild, IEnumerable<string>> parentsOf,
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

            var rows = children(db, keys);
            if (arguments.Where is not null)
            {
                rows = rows.Where(query.Filter.Predicate(arguments.Where));
            }

            var items = await keyset.OrderBy(rows, reverse: false).AsNoTracking().ToListAsync(ct);
            return items.SelectMany(item => parentsOf(item).Select(parent => (Parent: parent, Item: item)))
                .GroupBy(pair => pair.Parent, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Page([.. g.Select(pair => pair.Item)], arguments, keyset), StringComparer.Ordinal);
        }, Page([], arguments, keyset)).Load(parentKey);
    }

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
