using GraphQL.Types;

namespace KhmerRougeHistory.Api.Organizations;

/// <summary>The GraphQL enum for <see cref="OrganizationKind"/>; names and descriptions come from the enum.</summary>
public sealed class OrganizationKindGraphType : EnumerationGraphType<OrganizationKind>;
