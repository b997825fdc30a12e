using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ClaimGroupsEdgeType() : EdgeGraphType<ClaimGroup, ClaimGroupGraphType>("ClaimGroups");
