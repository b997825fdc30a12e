using GraphQL.Types;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>The GraphQL enum for <see cref="Certainty"/>; names and descriptions come from the enum.</summary>
public sealed class CertaintyGraphType : EnumerationGraphType<Certainty>;
