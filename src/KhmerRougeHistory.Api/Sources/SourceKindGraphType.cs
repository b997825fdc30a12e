using GraphQL.Types;

namespace KhmerRougeHistory.Api.Sources;

/// <summary>The GraphQL enum for <see cref="SourceKind"/>; names and descriptions come from the enum.</summary>
public sealed class SourceKindGraphType : EnumerationGraphType<SourceKind>;
