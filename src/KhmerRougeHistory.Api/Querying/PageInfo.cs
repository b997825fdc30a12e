namespace KhmerRougeHistory.Api.Querying;

/// <summary>Where a page stands in its list; its first and last cursors are its first and last edges' (written when read).</summary>
public sealed class PageInfo(bool hasNextPage, bool hasPreviousPage, IHasCursor? first, IHasCursor? last)
{
    public bool HasNextPage { get; } = hasNextPage;

    public bool HasPreviousPage { get; } = hasPreviousPage;

    public string? StartCursor => first?.Cursor;

    public string? EndCursor => last?.Cursor;
}
