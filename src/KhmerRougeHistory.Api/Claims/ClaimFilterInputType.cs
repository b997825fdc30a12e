using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ClaimFilterInputType() : FilterInputType<Claim>(ClaimQuery.Definition.Filter);
