using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Sources;

public sealed class SourcesConnectionType() : ConnectionGraphType<Source, SourceGraphType, SourcesEdgeType>("Sources");
