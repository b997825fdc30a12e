namespace KhmerRougeHistory.Api.Federation;

/// <summary>
/// A representation as the router sent it: the entity type it names and its <c>id</c>, unchecked. The check
/// waits for execution so that one bad representation is an error on its own entry, not on the whole request.
/// </summary>
internal sealed record EntityReference(string TypeName, object? Id);
