using KhmerRougeHistory.Api.Querying.Projection;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// Resolves a connection over any entity: where → order (+ key) → keyset after the cursor → one page plus one
/// row (to know if there is a next page) → projection of the selected columns (root lists; nested lists read whole
/// rows, as their batched siblings do). totalCount is a separate COUNT, run only when selected.
/// </summary>
public static class ConnectionResolver
{
    public static async Task<Connection<TEntity>> ResolveAsync<TEntity>(
        IQueryable<TEntity> source, EntityQuery<TEntity> query, ConnectionArguments arguments, CancellationToken cancellationToken, bool projectSelectedColumns = true)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(arguments);
        var page = arguments.Page;
        var order = query.Sort.Parse(arguments.Order);
        var keyset = new KeysetOrder<TEntity>(order, query.Key, query.Name + (arguments.ListScope is null ? string.Empty : "/" + arguments.ListScope));

        var filtered = arguments.Where is null ? source : source.Where(query.Filter.Predicate(arguments.Where));
        int? total = arguments.IncludeTotalCount ? await filtered.CountAsync(cancellationToken) : null;

        var rows = keyset.OrderBy(filtered, reverse: page.Backward);
        if (page.Cursor is not null)
        {
            var (values, key) = CursorCodec.Decode(page.Cursor, keyset.Signature, keyset.ValueTypes);
            rows = rows.Where(keyset.After(values, key, reverse: page.Backward));
        }

        var pageRows = rows.Take(page.Size + 1);
        if (projectSelectedColumns)
        {
            pageRows = pageRows.Select(ProjectionBuilder<TEntity>.For(query.ColumnsFor(arguments.SelectedFields, order)));
        }

        var items = await pageRows.ToListAsync(cancellationToken);
        return Page(items, page, keyset, total);
    }

    private static Connection<TEntity> Page<TEntity>(List<TEntity> items, PageRequest page, KeysetOrder<TEntity> keyset, int? total)
    {
        var more = items.Count > page.Size;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
        }

        if (page.Backward)
        {
            items.Reverse();
        }

        var edges = items.Select(item => new Edge<TEntity>(CursorCodec.Encode(keyset.Signature, keyset.ValuesOf(item), keyset.KeyOf(item)), item)).ToList();
        var info = new PageInfo(
            HasNextPage: page.Backward ? page.Cursor is not null : more,
            HasPreviousPage: page.Backward ? more : page.Cursor is not null,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection<TEntity>(edges, info, total);
    }
}
