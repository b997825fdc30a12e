using System.Collections.Concurrent;

namespace KhmerRougeHistory.Api.Dates;

/// <summary>
/// The served data's EDTF dates, parsed once: the database never changes while served, its dates are a small set
/// read again and again, and parsing one (a regular expression) on every read was 2 % of a Timeline request. Kept up to a
/// bound, so that an unusual dataset cannot grow it without end; past it, dates are parsed each time.
/// </summary>
public static class ServedDates
{
    private const int Capacity = 100_000;

    private static readonly ConcurrentDictionary<string, HistoricalDate> _parsed = new(StringComparer.Ordinal);

    // Counted here: ConcurrentDictionary.Count takes every lock of the dictionary.
    private static int _count;

    /// <summary>The date <paramref name="edtf"/> stands for (<see cref="EdtfParser.Parse"/>, which throws on a text it rejects).</summary>
    public static HistoricalDate Parse(string edtf)
    {
        ArgumentNullException.ThrowIfNull(edtf);
        if (_parsed.TryGetValue(edtf, out var date))
        {
            return date;
        }

        date = EdtfParser.Parse(edtf);
        if (Volatile.Read(ref _count) < Capacity && _parsed.TryAdd(edtf, date))
        {
            Interlocked.Increment(ref _count);
        }

        return date;
    }

    /// <summary>The date of an optional EDTF text: null when there is none.</summary>
    public static HistoricalDate? Optional(string? edtf) => edtf is null ? null : Parse(edtf);
}
