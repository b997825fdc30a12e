using KhmerRougeHistory.Api.Dates;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>
/// One statement about one subject: a property, one typed value with its qualifiers, and at least one citation.
/// Sources that state the same value share one claim, each citation in its own words; a different value is another claim.
/// </summary>
public sealed class Claim
{
    /// <summary>
    /// Deterministic: a hash of subject, property, value and qualifiers as one record words them (DATA-MODEL §1.7);
    /// of the records that state the claim, the smallest, so that a claim stated by one record keeps its ID.
    /// </summary>
    public required string Id { get; init; }

    public required string SubjectKey { get; init; }

    public Subject? Subject { get; init; }

    public required ClaimProperty Property { get; init; }

    public required ValueKind ValueKind { get; init; }

    /// <summary>The certainty all its citations share, or <see cref="Certainty.Mixed"/>; derived at import.</summary>
    public required Certainty Certainty { get; set; }

    // Entity value.
    public string? ValueSubjectKey { get; init; }

    public Subject? ValueSubject { get; init; }

    // Text value.
    public string? ValueText { get; init; }

    // Quantity value; amounts are counts, lengths, fractions and scores, all safely within a double.
    public double? Amount { get; init; }

    public double? LowerBound { get; init; }

    public double? UpperBound { get; init; }

    /// <summary>
    /// The amounts every citation's wording allows together (the intersection of "more than 17,000" and "about
    /// 17,000" is 17,000 to 17,500); null where open. What agreement compares; derived at import.
    /// </summary>
    public double? AllowedLow { get; set; }

    public double? AllowedHigh { get; set; }

    public string? Unit { get; init; }

    // Date value.
    public string? DateEdtf { get; init; }

    public DateOnly? DateEarliest { get; init; }

    public DateOnly? DateLatest { get; init; }

    public DatePrecision? DatePrecision { get; init; }

    // Qualifiers: they make a claim distinct, never a disagreement.
    public NameType? NameType { get; init; }

    public string? Role { get; init; }

    public string? ContextSubjectKey { get; init; }

    public Subject? ContextSubject { get; init; }

    // When a relation held: each citation says it in its own words, so these summarise them.
    /// <summary>When the relation began to hold: the date its citations give, the earliest when they differ; derived at import.</summary>
    public string? ValidFromEdtf { get; set; }

    public DateOnly? ValidFromEarliest { get; set; }

    /// <summary>When the relation stopped holding: the date its citations give, the latest when they differ; derived at import.</summary>
    public string? ValidToEdtf { get; set; }

    public DateOnly? ValidToLatest { get; set; }

    public Rank Rank { get; init; }

    public string? RankReason { get; init; }

    /// <summary>Derived at import from the other claims of the same group.</summary>
    public AgreementStatus Agreement { get; set; }

    /// <summary>Number of distinct sources that cite this claim; derived at import.</summary>
    public int SourceCount { get; set; }

    /// <summary>The subject/property group, for single-valued properties; null for lists such as names.</summary>
    public string? GroupId { get; set; }

    public ClaimGroup? Group { get; init; }

    public List<Citation> Citations { get; init; } = [];
}
