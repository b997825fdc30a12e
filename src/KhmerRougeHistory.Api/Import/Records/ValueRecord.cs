namespace KhmerRougeHistory.Api.Import.Records;

/// <summary>A claim value: exactly one of the four forms is set.</summary>
internal sealed record ValueRecord(
    QuantityRecord? Quantity = null,
    string? Date = null,
    string? Text = null,
    string? Entity = null);
