namespace KhmerRougeHistory.Api.Dates;

/// <summary>
/// A date as a source states it: the EDTF text plus the strict earliest and latest days it can mean,
/// which is what sorting, filtering and agreement use. A null bound is an open or unknown interval end.
/// </summary>
public sealed record HistoricalDate(
    string Edtf,
    DateOnly? Earliest,
    DateOnly? Latest,
    DatePrecision Precision,
    bool Approximate,
    bool Uncertain,
    bool IsInterval);
