using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Dates;

namespace KhmerRougeHistory.Api.Import;

/// <summary>
/// A validated claim value, before it becomes columns of a claim. <see cref="Canonical"/> is the value as this record
/// words it (certainty included), <see cref="Identity"/> the value itself: records of one identity are one claim.
/// </summary>
internal sealed record ParsedValue(
    ValueKind Kind,
    Certainty Certainty,
    string Canonical,
    string Identity,
    string? EntityKey = null,
    string? Text = null,
    double? Amount = null,
    double? Lower = null,
    double? Upper = null,
    string? Unit = null,
    HistoricalDate? Date = null);
