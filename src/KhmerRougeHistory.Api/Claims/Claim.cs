using KhmerRougeHistory.Api.Dates;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>
/// One statement about one subject: a property, one typed value with its qualifiers, and at least one citation.
/// Sources that state the same value in the same way share one claim; a different value is another claim.
/// </summary>
public sealed class Claim
{
    /// <summary>Deterministic: a hash of subject, property, value and qualifiers (DATA-MODEL §1.7).</summary>
    public required string Id { get; init; }

    public required string SubjectKey { get; init; }

    public Subject? Subject { get; init; }

    public required ClaimProperty Property { get; init; }

    public required ValueKind ValueKind { get; init; }

    public required Certainty Certainty { get; init; }

    // Entity value.
    public string? ValueSubjectKey { get; init; }

    public Subject? ValueSubject { get; init; }

    // Text value.
    public string? ValueText { get; init; }

    // Quantity value; amounts are counts, lengths, fractions and scores, all safely within a double.
    public double? Amount { get; init; }

    public double? LowerBound { get; init; }

    public double? UpperBound { get; init; }

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

    public string? ValidFromEdtf { get; init; }

    public DateOnly? ValidFromEarliest { get; init; }

    public string? ValidToEdtf { get; init; }

    public DateOnly? ValidToLatest { get; init; }

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
