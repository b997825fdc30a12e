using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Organizations;

public sealed class OrganizationSortInputType() : SortInputType<Organization>(OrganizationQuery.Definition.Sort);
