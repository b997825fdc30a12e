using KhmerRougeHistory.Api.Claims;

namespace KhmerRougeHistory.Api.Agreement;

/// <summary>
/// The range of values a claim allows, used to decide whether two claims can both be true.
/// Numbers are amounts; dates are day numbers. Open ends are infinite.
/// </summary>
internal readonly record struct ValueInterval(double Low, double High)
{
    public bool Overlaps(ValueInterval other) => Low <= other.High && other.Low <= High;

    /// <summary>
    /// "about N" allows ± half a unit of N's second significant digit (17,000 → ±500; 1.7 million → ±50,000;
    /// two million → ±50,000), the band DATA-MODEL §4 uses; "more than N" is (N, ∞); "N to M" is [N, M].
    /// </summary>
    public static ValueInterval? Of(Claim claim) => claim.ValueKind switch
    {
        ValueKind.Quantity => OfQuantity(claim),
        ValueKind.Date => new ValueInterval(
            claim.DateEarliest?.DayNumber ?? double.NegativeInfinity,
            claim.DateLatest?.DayNumber ?? double.PositiveInfinity),
        _ => null,
    };

    private static ValueInterval OfQuantity(Claim claim) => claim.Certainty switch
    {
        Certainty.Approximate => new ValueInterval(claim.Amount!.Value - HalfBand(claim.Amount.Value), claim.Amount.Value + HalfBand(claim.Amount.Value)),
        Certainty.AtLeast => new ValueInterval(claim.Amount!.Value, double.PositiveInfinity),
        Certainty.AtMost => new ValueInterval(double.NegativeInfinity, claim.Amount!.Value),
        Certainty.Range or Certainty.Vague => new ValueInterval(claim.LowerBound ?? double.NegativeInfinity, claim.UpperBound ?? double.PositiveInfinity),
        _ => new ValueInterval(claim.Amount!.Value, claim.Amount.Value),
    };

    private static double HalfBand(double amount)
    {
        if (amount == 0)
        {
            return 0;
        }

        var magnitude = Math.Floor(Math.Log10(Math.Abs(amount)));
        return Math.Pow(10, magnitude - 1) / 2;
    }
}
