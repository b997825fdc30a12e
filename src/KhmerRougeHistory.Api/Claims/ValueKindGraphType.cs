using GraphQL.Types;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>The GraphQL enum for <see cref="ValueKind"/>; names and descriptions come from the enum.</summary>
public sealed class ValueKindGraphType : EnumerationGraphType<ValueKind>;
