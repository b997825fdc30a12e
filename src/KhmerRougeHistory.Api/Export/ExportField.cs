namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// One column of an exported table as a Frictionless Table Schema field: its name, its type (<see cref="TableSchemaTypes"/>),
/// whether it may be empty, and the closed list of values an enum column takes.
/// </summary>
internal sealed record ExportField(string Name, string Type, bool Required, IReadOnlyList<string>? Values);
