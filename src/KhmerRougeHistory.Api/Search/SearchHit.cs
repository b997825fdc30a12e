using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Search;

/// <summary>One subject that matches a search, read in the search's own statement.</summary>
/// <param name="Subject">The subject itself (a person, organization, site or event).</param>
/// <param name="Score">
/// How well it matches: higher is better (<see cref="SearchMatches"/> says how it is made). Comparable only within one search.
/// </param>
public sealed record SearchHit(Subject Subject, double Score)
{
    /// <summary>The subject's key, such as <c>person/pol-pot</c>.</summary>
    public string Key => Subject.Key;

    public SubjectType Type => Subject.Type;

    /// <summary>Two hits are equal when they name the same subject with the same score: a subject read twice is one.</summary>
    public bool Equals(SearchHit? other) =>
        other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal) && Score.Equals(other.Score);

    public override int GetHashCode() => HashCode.Combine(Key, Score);
}
