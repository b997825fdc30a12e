namespace KhmerRougeHistory.Api.Querying;

/// <summary>An item of a page with the opaque cursor that points at it.</summary>
public sealed record Edge<T>(string Cursor, T Node);
