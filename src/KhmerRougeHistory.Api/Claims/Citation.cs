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

    /// <summary>Editorial remark on how the value was read from this passage, in our own words.</summary>
    public string? Note { get; init; }

    /// <summary>The heading above the passage in the document.</summary>
    public required string Section { get; init; }

    /// <summary>Position in the curated file, so citations keep the order the editors gave them.</summary>
    public required int Ordinal { get; init; }
}
