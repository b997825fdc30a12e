using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Organizations;

public sealed class OrganizationsConnectionType() : ConnectionGraphType<Organization, OrganizationGraphType, OrganizationsEdgeType>("Organizations");
