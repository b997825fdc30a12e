using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Organizations;

public sealed class OrganizationsEdgeType() : EdgeGraphType<Organization, OrganizationGraphType>("Organizations");
