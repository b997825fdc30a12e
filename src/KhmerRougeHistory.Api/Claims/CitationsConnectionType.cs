using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Claims;

public sealed class CitationsConnectionType() : ConnectionGraphType<Citation, CitationGraphType, CitationsEdgeType>("Citations");
