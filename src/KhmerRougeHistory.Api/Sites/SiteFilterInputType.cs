using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Sites;

public sealed class SiteFilterInputType() : FilterInputType<Site>(SiteQuery.Definition.Filter);
