namespace KhmerRougeHistory.Api.Dates;

/// <summary>How precisely a source states a date, from a single day to a century.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Season,
    HalfYear,
    Year,
    Decade,
    Century,
}
