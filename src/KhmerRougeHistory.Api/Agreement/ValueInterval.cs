using KhmerRougeHistory.Api.Claims;

namespace KhmerRougeHistory.Api.Agreement;

/// <summary>
/// The range of values a claim allows, used to decide whether two claims can both be true.
/// Numbers are amounts; dates are day numbers. Open ends are infinite.
/// </summary>
internal readonly record struct ValueInterval(double Low, double High)
{
    public static ValueInterval Everything { get; } = new(double.NegativeInfinity, double.PositiveInfinity);

    public bool Overlaps(ValueInterval other) => Low <= other.High && other.Low <= High;

    /// <summary>
    /// What a claim allows: for a quantity, the amounts every citation's wording allows (stored at import, so that
    /// "more than 17,000" and "an estimated 17,000" of one value allow only what both allow); for a date, its bounds.
    /// </summary>
    public static ValueInterval? Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.ValueKind switch
        {
            ValueKind.Quantity => new ValueInterval(claim.AllowedLow ?? double.NegativeInfinity, claim.AllowedHigh ?? double.PositiveInfinity),
            ValueKind.Date => new ValueInterval(
                claim.DateEarliest?.DayNumber ?? double.NegativeInfinity,
                claim.DateLatest?.DayNumber ?? double.PositiveInfinity),
            _ => null,
        };
    }

    /// <summary>
    /// What one wording of a quantity's value allows. "About N" allows ± half a unit of N's second significant digit
    /// (17,000 → ±500; 1.7 million → ±50,000; two million → ±50,000), the band DATA-MODEL §4 uses; "more than N" is
    /// (N, ∞); "N to M" is [N, M].
    /// </summary>
    public static ValueInterval OfWording(Claim claim, Certainty certainty)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return certainty switch
        {
            Certainty.Approximate => new ValueInterval(claim.Amount!.Value - HalfBand(claim.Amount.Value), claim.Amount.Value + HalfBand(claim.Amount.Value)),
            Certainty.AtLeast => new ValueInterval(claim.Amount!.Value, double.PositiveInfinity),
            Certainty.AtMost => new ValueInterval(double.NegativeInfinity, claim.Amount!.Value),
            Certainty.Range or Certainty.Vague => new ValueInterval(claim.LowerBound ?? double.NegativeInfinity, claim.UpperBound ?? double.PositiveInfinity),
            _ => new ValueInterval(claim.Amount!.Value, claim.Amount.Value),
        };
    }

    /// <summary>The values both intervals allow; every wording of one value allows that value, so it is never empty.</summary>
    public ValueInterval Intersect(ValueInterval other) => new(Math.Max(Low, other.Low), Math.Min(High, other.High));

    public ValueInterval Union(ValueInterval other) => new(Math.Min(Low, other.Low), Math.Max(High, other.High));

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
