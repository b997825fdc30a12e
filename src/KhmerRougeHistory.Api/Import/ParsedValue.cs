using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Dates;

namespace KhmerRougeHistory.Api.Import;

/// <summary>A validated claim value, before it becomes columns of a claim.</summary>
internal sealed record ParsedValue(
    ValueKind Kind,
    Certainty Certainty,
    string Canonical,
    string? EntityKey = null,
    string? Text = null,
    double? Amount = null,
    double? Lower = null,
    double? Upper = null,
    string? Unit = null,
    HistoricalDate? Date = null);
