namespace KhmerRougeHistory.Api.Claims;

/// <summary>How a source words a value: exactly, roughly, as a bound, as a range, or with no number at all.</summary>
public enum Certainty
{
    Stated,
    Approximate,
    AtLeast,
    AtMost,
    Range,
    Vague,
    Uncertain,
}
