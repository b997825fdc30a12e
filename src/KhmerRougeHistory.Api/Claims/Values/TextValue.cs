namespace KhmerRougeHistory.Api.Claims.Values;

/// <summary>A claim's text value.</summary>
public sealed record TextValue(string Text);
