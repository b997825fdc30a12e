namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// How many items one parent's list holds (a source's citations), counted once by the importer: the database is
/// read-only, so a <c>totalCount</c> without a filter is read by key instead of counted on every request.
/// </summary>
public sealed class ListCount
{
    /// <summary>The list, e.g. <c>source-citations</c>.</summary>
    public required string Name { get; init; }

    public required string ParentKey { get; init; }

    public required int Count { get; init; }
}
