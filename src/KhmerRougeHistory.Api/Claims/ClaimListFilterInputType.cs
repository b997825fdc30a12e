using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ClaimListFilterInputType() : ListFilterInputType<ClaimFilterInputType>("claims");
