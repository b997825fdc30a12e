using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Claims;

public sealed class CitationsEdgeType() : EdgeGraphType<Citation, CitationGraphType>("Citations");
