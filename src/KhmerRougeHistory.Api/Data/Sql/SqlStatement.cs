namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>SQL text with the values of its parameters <c>@p0</c>, <c>@p1</c>, ...</summary>
public readonly record struct SqlStatement(string Text, IReadOnlyList<object?> Values);
