using GraphQL.Types;
using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Organizations;

public static class OrganizationQueryFields
{
    /// <summary>Adds the root <c>organizations</c> connection.</summary>
    public static ObjectGraphType AddOrganizationsFields(this ObjectGraphType query)
    {
        query.AddRootConnection<Organization, OrganizationsConnectionType, OrganizationFilterInputType, OrganizationSortInputType>(
            "organizations", "All organizations, filtered, sorted and paged.", OrganizationQuery.Definition);
        return query;
    }
}
