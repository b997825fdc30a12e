using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.Search;

/// <summary>Limits of full-text search over subjects. Default: at most 8 words per search.</summary>
public sealed class SubjectSearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// The most words one search may hold; each is a prefix lookup, so this bounds the cost of a search.
    /// Default: 8. More is an error, not a silent cut.
    /// </summary>
    [Range(1, 64)]
    public int MaxTerms { get; set; } = 8;
}
