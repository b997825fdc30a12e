using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Claims;

public sealed class CitationListFilterInputType() : ListFilterInputType<CitationFilterInputType>("citations");
