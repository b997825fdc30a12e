using System.Globalization;
using System.Text.RegularExpressions;

namespace KhmerRougeHistory.Api.Dates;

/// <summary>
/// Parses the EDTF subset the curated data uses: Level 0 dates and intervals, Level 1 qualifiers
/// (<c>~ ? %</c>), unspecified digits for decades and centuries (<c>197X</c>, <c>19XX</c>), seasons (21–24),
/// open and unknown interval ends, and Level 2's half-years (40, 41) for "early"/"late" in a year.
/// Anything else is rejected rather than guessed.
/// </summary>
public static partial class EdtfParser
{
    public static HistoricalDate Parse(string edtf)
    {
        ArgumentNullException.ThrowIfNull(edtf);
        var parts = edtf.Split('/');
        return parts.Length switch
        {
            1 => ParseSingle(edtf, edtf),
            2 => ParseInterval(edtf, parts[0], parts[1]),
            _ => throw Invalid(edtf, "an interval has exactly one '/'"),
        };
    }

    public static bool TryParse(string edtf, out HistoricalDate? date, out string? error)
    {
        try
        {
            date = Parse(edtf);
            error = null;
            return true;
        }
        catch (EdtfFormatException e)
        {
            date = null;
            error = e.Message;
            return false;
        }
    }

    private static HistoricalDate ParseInterval(string edtf, string start, string end)
    {
        var from = ParseEnd(edtf, start);
        var to = ParseEnd(edtf, end);
        if (from is null && to is null)
        {
            throw Invalid(edtf, "an interval needs at least one known end");
        }

        if (from?.Earliest is { } a && to?.Latest is { } b && a > b)
        {
            throw Invalid(edtf, "the interval ends before it starts");
        }

        var precision = (DatePrecision)Math.Max((int)(from?.Precision ?? 0), (int)(to?.Precision ?? 0));
        return new HistoricalDate(
            edtf,
            from?.Earliest,
            to?.Latest,
            precision,
            from?.Approximate == true || to?.Approximate == true,
            from?.Uncertain == true || to?.Uncertain == true,
            IsInterval: true);
    }

    // ".." is an open end and "" an unknown one; both leave the bound empty.
    private static HistoricalDate? ParseEnd(string edtf, string end) =>
        end is ".." or "" ? null : ParseSingle(edtf, end);

    private static HistoricalDate ParseSingle(string edtf, string text)
    {
        var match = SingleDate().Match(text);
        if (!match.Success)
        {
            throw Invalid(edtf, "expected YYYY, YYYY-MM, YYYY-MM-DD, YYYX or YYXX, optionally followed by ~, ? or %");
        }

        var yearText = match.Groups["year"].Value;
        var month = match.Groups["month"].Success ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var qualifier = match.Groups["qualifier"].Value;
        var approximate = qualifier is "~" or "%";
        var uncertain = qualifier is "?" or "%";

        var (earliest, latest, precision) = Bounds(edtf, yearText, month, day);
        return new HistoricalDate(text, earliest, latest, precision, approximate, uncertain, IsInterval: false);
    }

    private static (DateOnly Earliest, DateOnly Latest, DatePrecision Precision) Bounds(string edtf, string yearText, int? month, int? day)
    {
        var unspecified = yearText.Count(c => c == 'X');
        if (unspecified > 0)
        {
            if (month is not null)
            {
                throw Invalid(edtf, "a decade or century cannot have a month");
            }

            var start = int.Parse(yearText.Replace('X', '0'), CultureInfo.InvariantCulture);
            var span = unspecified == 1 ? 10 : 100;
            return (new DateOnly(Math.Max(start, 1), 1, 1), new DateOnly(start + span - 1, 12, 31),
                unspecified == 1 ? DatePrecision.Decade : DatePrecision.Century);
        }

        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            throw Invalid(edtf, "years before 1 CE are not supported");
        }

        return (month, day) switch
        {
            (null, _) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year),
            ( >= 1 and <= 12, null) => (new DateOnly(year, month.Value, 1), LastDay(year, month.Value), DatePrecision.Month),
            ( >= 1 and <= 12, _) => (ValidDay(edtf, year, month.Value, day.Value), ValidDay(edtf, year, month.Value, day.Value), DatePrecision.Day),
            ( >= 21 and <= 24, null) => Season(year, month.Value),
            (40, null) => (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30), DatePrecision.HalfYear),
            (41, null) => (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31), DatePrecision.HalfYear),
            _ => throw Invalid(edtf, "the month must be 01–12, a season 21–24 or a half-year 40–41, and only a month may have a day"),
        };
    }

    // Seasons follow the northern-hemisphere meteorological convention, as python-edtf does.
    private static (DateOnly, DateOnly, DatePrecision) Season(int year, int season) => season switch
    {
        21 => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31), DatePrecision.Season),
        22 => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31), DatePrecision.Season),
        23 => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30), DatePrecision.Season),
        _ => (new DateOnly(year, 12, 1), LastDay(year + 1, 2), DatePrecision.Season),
    };

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static DateOnly ValidDay(string edtf, int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : throw Invalid(edtf, $"day {day} does not exist in {year}-{month:00}");

    private static EdtfFormatException Invalid(string edtf, string reason) =>
        new($"'{edtf}' is not a supported EDTF date: {reason}.");

    [GeneratedRegex(@"^(?<year>\d{4}|\d{3}X|\d{2}XX)(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?(?<qualifier>[~?%])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SingleDate();
}
