using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Organizations;

/// <summary>How organizations are filtered, sorted and projected.</summary>
public static class OrganizationQuery
{
    public static readonly EntityQuery<Organization> Definition = SubjectQueries.For<Organization, OrganizationKind, OrganizationKindGraphType>(
        "Organization",
        s => s.Kind,
        [
            ("founded", "The earliest day any source's founding date allows.", false),
        ],
        [
            SubjectRelationFilters.To<Organization>("members", "Its members: claims that a person belonged to, led or worked for it.", ClaimProperty.MemberOf, ClaimProperty.LeaderOf, ClaimProperty.WorksFor),
            SubjectRelationFilters.From<Organization>("partOf", "Claims that it belonged to a larger organization.", ClaimProperty.PartOf),
            SubjectRelationFilters.To<Organization>("parts", "Claims that an organization belonged to it.", ClaimProperty.PartOf),
        ]);
}
