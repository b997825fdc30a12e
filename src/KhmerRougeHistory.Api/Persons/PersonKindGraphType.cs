using GraphQL.Types;

namespace KhmerRougeHistory.Api.Persons;

/// <summary>The GraphQL enum for <see cref="PersonKind"/>; names and descriptions come from the enum.</summary>
public sealed class PersonKindGraphType : EnumerationGraphType<PersonKind>;
