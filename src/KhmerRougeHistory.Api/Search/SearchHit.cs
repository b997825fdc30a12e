using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Search;

/// <summary>One subject that matches a search.</summary>
/// <param name="Key">The subject's key, such as <c>person/pol-pot</c>.</param>
/// <param name="Type">Whether it is a person, organization, site or event.</param>
/// <param name="Score">
/// How well it matches: higher is better (<see cref="SearchMatches"/> says how it is made). Comparable only within one search.
/// </param>
public sealed record SearchHit(string Key, SubjectType Type, double Score);
