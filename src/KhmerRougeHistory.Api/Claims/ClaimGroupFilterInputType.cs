using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ClaimGroupFilterInputType() : FilterInputType<ClaimGroup>(ClaimGroupQuery.Definition.Filter);
