using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Sites;

public sealed class SiteListFilterInputType() : ListFilterInputType<SiteFilterInputType>("sites");
