using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ClaimsEdgeType() : EdgeGraphType<Claim, ClaimGraphType>("Claims");
