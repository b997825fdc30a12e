namespace KhmerRougeHistory.Api.Claims;

/// <summary>
/// All claims about one subject and one single-valued property (and the same qualifiers), with the agreement
/// between them computed at import. This is how the API shows disagreement without picking a value.
/// </summary>
public sealed class ClaimGroup
{
    public required string Id { get; init; }

    public required string SubjectKey { get; init; }

    public required ClaimProperty Property { get; init; }

    public string? Role { get; init; }

    public string? ContextSubjectKey { get; init; }

    public required GroupStatus Status { get; init; }

    public required int SourceCount { get; init; }

    public required int ClaimCount { get; init; }

    /// <summary>Lowest bound across the group's values (a number or an ISO date), if any is bounded.</summary>
    public string? EnvelopeLow { get; init; }

    /// <summary>Highest bound across the group's values (a number or an ISO date), if any is bounded.</summary>
    public string? EnvelopeHigh { get; init; }

    public List<Claim> Claims { get; init; } = [];
}
