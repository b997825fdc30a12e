using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ClaimsConnectionType() : ConnectionGraphType<Claim, ClaimGraphType, ClaimsEdgeType>("Claims");
