namespace KhmerRougeHistory.Api.Search;

/// <summary>A row of the search query as the database returns it, before the type is parsed.</summary>
internal sealed class SearchRow
{
    public required string Key { get; init; }

    public required string SubjectType { get; init; }

    public required double Rank { get; init; }
}
