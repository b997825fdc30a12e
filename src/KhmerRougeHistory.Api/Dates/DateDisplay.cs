using System.Globalization;

namespace KhmerRougeHistory.Api.Dates;

/// <summary>Our human-readable rendering of a historical date ("19 May 1925", "the 1970s", "about 1975", "1975–1979").</summary>
public static class DateDisplay
{
    public static string Format(HistoricalDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (date.IsInterval)
        {
            var parts = date.Edtf.Split('/');
            var start = parts[0] is "" or ".." ? null : Format(ServedDates.Parse(parts[0]));
            var end = parts[1] is "" or ".." ? null : Format(ServedDates.Parse(parts[1]));
            return (start, end) switch
            {
                (null, { } e) => "until " + e,
                ({ } s, null) => "from " + s,
                _ => start + "–" + end,
            };
        }

        var core = Core(date);
        var text = date.Approximate ? "about " + core : core;
        return date.Uncertain ? text + " (uncertain)" : text;
    }

    private static string Core(HistoricalDate date)
    {
        var earliest = date.Earliest!.Value;
        return date.Precision switch
        {
            DatePrecision.Day => earliest.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => earliest.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Season => Season(earliest.Month) + " " + earliest.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.HalfYear => (earliest.Month == 1 ? "first half of " : "second half of ") + earliest.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Decade => "the " + earliest.Year.ToString(CultureInfo.InvariantCulture) + "s",
            DatePrecision.Century => "the " + earliest.Year.ToString(CultureInfo.InvariantCulture) + "s (century)",
            _ => earliest.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Season(int month) => month switch
    {
        3 => "spring",
        6 => "summer",
        9 => "autumn",
        _ => "winter",
    };
}
