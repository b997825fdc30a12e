using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Claims;

public sealed class DisputesEdgeType() : EdgeGraphType<ClaimGroup, ClaimGroupGraphType>("Disputes");
