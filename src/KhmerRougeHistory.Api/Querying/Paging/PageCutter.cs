namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// Cuts one page from the rows the database returned for it: at most one row more than the page, in the direction of
/// paging, already past the cursor (the cursor's own row need not exist any more: the next rows are the page).
/// Root lists and every parent of a nested list go through here, so they page alike.
/// </summary>
public static class PageCutter
{
    public static Connection<TEntity> Cut<TEntity>(List<TEntity> rows, PageRequest page, KeysetOrder<TEntity> keyset, int? total)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(keyset);
        var more = rows.Count > page.Size;
        if (more)
        {
            rows.RemoveRange(page.Size, rows.Count - page.Size);
        }

        if (page.Backward)
        {
            rows.Reverse();
        }

        Func<TEntity, string> cursorOf = item => CursorCodec.Encode(keyset.Signature, keyset.ValuesOf(item), keyset.KeyOf(item));
        var edges = rows.ConvertAll(item => new Edge<TEntity>(item, cursorOf));
        var info = new PageInfo(
            hasNextPage: page.Backward ? page.Cursor is not null : more,
            hasPreviousPage: page.Backward ? more : page.Cursor is not null,
            first: edges.Count > 0 ? edges[0] : null,
            last: edges.Count > 0 ? edges[^1] : null);
        return new Connection<TEntity>(edges, info, total);
    }
}
