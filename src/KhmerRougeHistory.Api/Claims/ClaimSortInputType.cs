using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ClaimSortInputType() : SortInputType<Claim>(ClaimQuery.Definition.Sort);
