using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Sites;

public sealed class SitesEdgeType() : EdgeGraphType<Site, SiteGraphType>("Sites");
