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
        [.. OrganizationRelations.All.Select(r => r.Filter)]);
}
