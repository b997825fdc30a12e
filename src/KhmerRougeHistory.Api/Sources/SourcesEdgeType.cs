using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Sources;

public sealed class SourcesEdgeType() : EdgeGraphType<Source, SourceGraphType>("Sources");
