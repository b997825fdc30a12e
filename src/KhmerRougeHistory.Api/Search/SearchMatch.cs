namespace KhmerRougeHistory.Api.Search;

/// <summary>One subject on a page of search results: its key, how well it matches, and its label (a sort key).</summary>
/// <param name="Key">The subject's key, such as <c>site/s-21</c>.</param>
/// <param name="Relevance">Higher is better (<see cref="SearchMatches"/> says how it is made). Comparable only within one search.</param>
/// <param name="Label">The subject's display label.</param>
public sealed record SearchMatch(string Key, double Relevance, string Label);
