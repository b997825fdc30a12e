using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// The content coding of a download, from <c>Accept-Encoding</c>: Brotli or gzip when the client accepts it (the
/// higher q-value wins, Brotli on a tie, as it is smaller), else none. The API has no response compression
/// middleware, so the export compresses itself, as it writes: nothing is buffered to be compressed.
/// </summary>
internal static class ContentCoding
{
    public const string Identity = "identity";
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    public static string Choose(IHeaderDictionary requestHeaders)
    {
        ArgumentNullException.ThrowIfNull(requestHeaders);
        if (!StringWithQualityHeaderValue.TryParseList(requestHeaders.AcceptEncoding, out var accepted))
        {
            return Identity;
        }

        double Quality(string coding) =>
            accepted.Where(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) || a.Value.Equals("*", StringComparison.Ordinal))
                .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();

        var (brotli, gzip) = (Quality(Brotli), Quality(Gzip));
        return brotli <= 0 && gzip <= 0 ? Identity : brotli >= gzip ? Brotli : Gzip;
    }

    /// <summary>A stream that compresses into <paramref name="body"/>; disposing it writes the coding's end.</summary>
    public static Stream Wrap(Stream body, string coding, CompressionLevel level) => coding switch
    {
        Brotli => new BrotliStream(body, level, leaveOpen: true),
        Gzip => new GZipStream(body, level, leaveOpen: true),
        _ => body,
    };
}
