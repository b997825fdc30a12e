using System.Globalization;

namespace KhmerRougeHistory.Api.Claims.Values;

/// <summary>Our human-readable rendering of a quantity ("more than 17,000", "about 17 kilometers", "1,700,000 to 2,200,000").</summary>
public static class QuantityDisplay
{
    public static string Format(QuantityValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var unit = value.Unit;
        return value.Certainty switch
        {
            Certainty.Approximate => "about " + N(value.Amount, unit),
            Certainty.AtLeast => "more than " + N(value.Amount, unit),
            Certainty.AtMost => "at most " + N(value.Amount, unit),
            Certainty.Range => N(value.LowerBound, null) + " to " + N(value.UpperBound, unit),
            Certainty.Vague => (value.LowerBound, value.UpperBound) switch
            {
                (null, null) => "an unspecified number (vague wording)",
                ({ } low, null) => "at least " + N(low, unit) + " (vague wording)",
                (null, { } high) => "at most " + N(high, unit) + " (vague wording)",
                ({ } low, { } high) => N(low, null) + " to " + N(high, unit) + " (vague wording)",
            },
            // Stated, or Mixed: sources that word one figure differently share the figure, not a wording.
            _ => N(value.Amount, unit),
        };
    }

    private static string N(double? number, string? unit)
    {
        var amount = number ?? 0;
        if (unit == "fraction")
        {
            return (amount * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        }

        var text = amount.ToString("#,0.##", CultureInfo.InvariantCulture);
        return unit is null or "person" ? text : text + " " + Plural(unit, amount);
    }

    private static string Plural(string unit, double amount) =>
        amount == 1 ? unit : unit.EndsWith('s') ? unit : unit.EndsWith('y') ? unit[..^1] + "ies" : unit + "s";
}
