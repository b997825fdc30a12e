using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Organizations;

/// <summary>An organization's relation lists: each becomes a connection, a deprecated plain list and a <c>where</c> field.</summary>
public static class OrganizationRelations
{
    public static readonly SubjectRelation<Organization> Members = new(
        "Organization", "members", RelationDirection.Incoming,
        "People who belonged to, led or worked for the organization.",
        "Its members: claims that a person belonged to, led or worked for it.",
        ClaimProperty.MemberOf, ClaimProperty.LeaderOf, ClaimProperty.WorksFor);

    public static readonly SubjectRelation<Organization> PartOf = new(
        "Organization", "partOf", RelationDirection.Outgoing,
        "Larger organizations this one belonged to (e.g. the armed wing of a party).",
        "Claims that it belonged to a larger organization.",
        ClaimProperty.PartOf);

    public static readonly SubjectRelation<Organization> Parts = new(
        "Organization", "parts", RelationDirection.Incoming,
        "Organizations that belonged to this one.",
        "Claims that an organization belonged to it.",
        ClaimProperty.PartOf);

    public static IReadOnlyList<SubjectRelation<Organization>> All { get; } = [Members, PartOf, Parts];
}
