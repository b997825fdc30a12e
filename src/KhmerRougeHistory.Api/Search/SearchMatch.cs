using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Search;

/// <summary>One subject on a page of search results, read in the page's statement, and how well it matches.</summary>
/// <param name="Subject">The subject itself (a person, organization, site or event).</param>
/// <param name="Relevance">Higher is better (<see cref="SearchMatches"/> says how it is made). Comparable only within one search.</param>
public sealed record SearchMatch(Subject Subject, double Relevance)
{
    /// <summary>The subject's key, such as <c>site/s-21</c>: the final sort key.</summary>
    public string Key => Subject.Key;

    /// <summary>The subject's display label, a sort key.</summary>
    public string Label => Subject.Label;
}
