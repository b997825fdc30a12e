using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// The one byte range of a <c>Range</c> header (RFC 9110 §14) within a file of known length. A header the server may
/// ignore (absent, malformed, another unit, several ranges) means the whole file; a range that starts past the end
/// is <see cref="Unsatisfiable"/> (416).
/// </summary>
internal readonly record struct ByteRange(long Offset, long Count, bool Unsatisfiable)
{
    public static ByteRange? Parse(IHeaderDictionary requestHeaders, long length)
    {
        ArgumentNullException.ThrowIfNull(requestHeaders);
        if (requestHeaders.Range.Count != 1
            || !RangeHeaderValue.TryParse(requestHeaders.Range[0], out var header)
            || !string.Equals(header.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase)
            || header.Ranges.Count != 1)
        {
            return null;
        }

        var range = header.Ranges.First();
        if (range.From is { } from)
        {
            if (from >= length)
            {
                return new ByteRange(0, 0, Unsatisfiable: true);
            }

            var to = Math.Min(range.To ?? (length - 1), length - 1);
            return new ByteRange(from, to - from + 1, Unsatisfiable: false);
        }

        // A suffix: the last N bytes; "bytes=-0" asks for none, which no file can satisfy.
        var suffix = Math.Min(range.To ?? 0, length);
        return suffix <= 0 ? new ByteRange(0, 0, Unsatisfiable: true) : new ByteRange(length - suffix, suffix, Unsatisfiable: false);
    }

    public string ContentRange(long length) =>
        Unsatisfiable ? $"bytes */{length}" : $"bytes {Offset}-{Offset + Count - 1}/{length}";
}
