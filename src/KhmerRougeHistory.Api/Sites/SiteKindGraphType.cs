using GraphQL.Types;

namespace KhmerRougeHistory.Api.Sites;

/// <summary>The GraphQL enum for <see cref="SiteKind"/>; names and descriptions come from the enum.</summary>
public sealed class SiteKindGraphType : EnumerationGraphType<SiteKind>;
