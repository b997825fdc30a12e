using KhmerRougeHistory.Api.Sources;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>One source's words for a claim: the verbatim quote and where in the document it stands.</summary>
public sealed class Citation
{
    /// <summary>Deterministic: a hash of the claim, the source and the quote, so re-imports keep IDs.</summary>
    public required string Id { get; init; }

    public required string ClaimId { get; init; }

    public Claim? Claim { get; init; }

    public required string SourceKey { get; init; }

    public Source? Source { get; init; }

    /// <summary>Verbatim from the source document, at most 300 characters.</summary>
    public required string Quote { get; init; }

    /// <summary>The exact words the value was read from, a part of <see cref="Quote"/>.</summary>
    public string? Wording { get; init; }

    /// <summary>
    /// How this passage words the value: sources that give the same value share one claim, each in its own words
    /// ("about 20,000", "20,000"), so the wording's certainty belongs to the citation.
    /// </summary>
    public required Certainty Certainty { get; init; }

    /// <summary>When the relation began to hold, as this passage states it (EDTF); null when it does not say.</summary>
    public string? ValidFromEdtf { get; init; }

    /// <summary>When the relation stopped holding, as this passage states it (EDTF).</summary>
    public string? ValidToEdtf { get; init; }

    /// <summary>Editorial remark on how the value was read from this passage, in our own words.</summary>
    public string? Note { get; init; }

    /// <summary>The heading above the passage in the document.</summary>
    public required string Section { get; init; }

    /// <summary>Position in the curated file, so citations keep the order the editors gave them.</summary>
    public required int Ordinal { get; init; }
}
