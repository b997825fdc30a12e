namespace KhmerRougeHistory.Api.Claims.Values;

/// <summary>A claim's quantity, as the GraphQL <c>QuantityValue</c> shows it.</summary>
public sealed record QuantityValue(double? Amount, double? LowerBound, double? UpperBound, string Unit, Certainty Certainty);
