using GraphQL.Types;

namespace KhmerRougeHistory.Api.Dates;

/// <summary>The GraphQL enum for <see cref="DatePrecision"/>; names and descriptions come from the enum.</summary>
public sealed class DatePrecisionGraphType : EnumerationGraphType<DatePrecision>;
