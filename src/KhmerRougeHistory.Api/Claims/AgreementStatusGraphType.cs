using GraphQL.Types;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>The GraphQL enum for <see cref="AgreementStatus"/>; names and descriptions come from the enum.</summary>
public sealed class AgreementStatusGraphType : EnumerationGraphType<AgreementStatus>;
