using GraphQL.Types;
using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Sites;

public static class SiteQueryFields
{
    /// <summary>Adds the root <c>sites</c> connection.</summary>
    public static ObjectGraphType AddSitesFields(this ObjectGraphType query)
    {
        query.AddRootConnection<Site, SitesConnectionType, SiteFilterInputType, SiteSortInputType>(
            "sites", "All sites, filtered, sorted and paged.", SiteQuery.Definition);
        return query;
    }
}
