using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Organizations;

public sealed class OrganizationFilterInputType() : FilterInputType<Organization>(OrganizationQuery.Definition.Filter);
