using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Sites;

public sealed class SitesConnectionType() : ConnectionGraphType<Site, SiteGraphType, SitesEdgeType>("Sites");
