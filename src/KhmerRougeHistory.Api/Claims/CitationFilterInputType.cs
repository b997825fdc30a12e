using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Claims;

public sealed class CitationFilterInputType() : FilterInputType<Citation>(CitationFilter.Definition);
