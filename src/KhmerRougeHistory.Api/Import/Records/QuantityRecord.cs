namespace KhmerRougeHistory.Api.Import.Records;

/// <summary>A quantity value: an amount or bounds, how the source words it, and a unit.</summary>
internal sealed record QuantityRecord(
    string Certainty,
    string Unit,
    double? Amount = null,
    double? Lower = null,
    double? Upper = null);
