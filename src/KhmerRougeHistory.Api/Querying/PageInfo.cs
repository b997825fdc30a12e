namespace KhmerRougeHistory.Api.Querying;

/// <summary>Where a page stands in its list.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
