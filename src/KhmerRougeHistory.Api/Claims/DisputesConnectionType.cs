using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Claims;

public sealed class DisputesConnectionType() : ConnectionGraphType<ClaimGroup, ClaimGroupGraphType, DisputesEdgeType>("Disputes");
