namespace KhmerRougeHistory.Api.Claims.Values;

/// <summary>A claim's reference to another subject.</summary>
public sealed record EntityValue(string SubjectKey);
