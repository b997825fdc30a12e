using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>
/// What a property's values look like. <paramref name="SingleValued"/> properties expect one true value,
/// so different values from different sources are a disagreement; the others (names, memberships) are lists.
/// <paramref name="Targets"/> restricts what an entity-valued property may point at.
/// </summary>
public sealed record PropertyDefinition(
    ValueKind ValueKind,
    bool SingleValued,
    IReadOnlyList<SubjectType>? Targets = null);
