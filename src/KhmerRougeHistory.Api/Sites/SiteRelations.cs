using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Sites;

/// <summary>A site's relation lists: each becomes a connection, a deprecated plain list and a <c>where</c> field.</summary>
public static class SiteRelations
{
    public static readonly SubjectRelation<Site> LocatedIn = new(
        "Site", "locatedIn", RelationDirection.Outgoing,
        "Places this site lies within.",
        "Claims that it lies within another place.",
        ClaimProperty.LocatedIn);

    public static readonly SubjectRelation<Site> Contains = new(
        "Site", "contains", RelationDirection.Incoming,
        "Places that lie within this site.",
        "Claims that another place lies within it.",
        ClaimProperty.LocatedIn);

    public static readonly SubjectRelation<Site> Events = new(
        "Site", "events", RelationDirection.Incoming,
        "Events that happened at this site.",
        "Claims that an event happened here.",
        ClaimProperty.OccurredAt);

    public static IReadOnlyList<SubjectRelation<Site>> All { get; } = [LocatedIn, Contains, Events];
}
