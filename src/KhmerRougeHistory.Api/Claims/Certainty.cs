using System.ComponentModel;

namespace KhmerRougeHistory.Api.Claims;

[Description("How a source words a value: exactly, roughly, as a bound, as a range, or with no number at all.")]
public enum Certainty
{
    [Description("Given as an exact value (\"20,000\", \"1928\").")]
    Stated,
    [Description("Given roughly (\"about\", \"around\", \"an estimated\").")]
    Approximate,
    [Description("A lower bound (\"more than 17,000\").")]
    AtLeast,
    [Description("An upper bound (\"fewer than\", \"almost\").")]
    AtMost,
    [Description("A range (\"1.7 to 2.2 million\", \"1975 to 1979\").")]
    Range,
    [Description("Words without a number (\"a handful\", \"thousands\"); bounds only where the words imply them.")]
    Vague,
    [Description("A date the source marks as uncertain.")]
    Uncertain,
    [Description("Of a claim whose sources state the same value in different words (\"more than 17,000\", \"an estimated 17,000\"): each citation's `certainty` says how its source words it.")]
    Mixed,
}
