using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Claims;

public sealed class CitationSortInputType() : SortInputType<Citation>(CitationQuery.Definition.Sort);
