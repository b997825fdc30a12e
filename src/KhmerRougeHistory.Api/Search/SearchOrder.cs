using KhmerRougeHistory.Api.Querying.Sorting;

namespace KhmerRougeHistory.Api.Search;

/// <summary>How search results can be ordered: best match first unless asked otherwise; the key breaks ties.</summary>
public static class SearchOrder
{
    private static readonly SortField<SearchMatch> _relevance =
        SortField<SearchMatch>.Of("relevance", "How well the subject matches the words (DESC: best first, the default).", m => m.Relevance);

    public static SortField<SearchMatch> Key { get; } = SortField<SearchMatch>.Of("key", "The stable key.", m => m.Key);

    public static SortDefinition<SearchMatch> Definition { get; } = new(
        "SearchSortInput",
        "One sort key for search results; set one field per element.",
        [_relevance, SortField<SearchMatch>.Of("label", "The display label, A to Z (binary order).", m => m.Label)],
        [new SortKey<SearchMatch>(_relevance, true)]);
}
