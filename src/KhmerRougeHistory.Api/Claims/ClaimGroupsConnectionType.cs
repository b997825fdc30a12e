using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ClaimGroupsConnectionType() : ConnectionGraphType<ClaimGroup, ClaimGroupGraphType, ClaimGroupsEdgeType>("ClaimGroups");
