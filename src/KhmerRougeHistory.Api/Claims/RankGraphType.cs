using GraphQL.Types;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>The GraphQL enum for <see cref="Rank"/>; names and descriptions come from the enum.</summary>
public sealed class RankGraphType : EnumerationGraphType<Rank>;
