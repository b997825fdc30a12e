using GraphQL.Types;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>The GraphQL enum for <see cref="SubjectType"/>; names and descriptions come from the enum.</summary>
public sealed class SubjectTypeGraphType : EnumerationGraphType<SubjectType>;
