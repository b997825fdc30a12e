using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ClaimGroupSortInputType() : SortInputType<ClaimGroup>(ClaimGroupQuery.Definition.Sort);
