using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Sites;

public sealed class SiteSortInputType() : SortInputType<Site>(SiteQuery.Definition.Sort);
