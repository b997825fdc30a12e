using System.ComponentModel.DataAnnotations;
using System.IO.Compression;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// Bulk export at <c>/export</c>. Default: a download costs its client's rate-limit bucket one token per
/// <see cref="BytesPerToken"/> = 65,536 bytes sent (after compression), at least one, taken on arrival; gzip or Brotli is applied
/// at <see cref="CompressionLevel"/> = <c>Fastest</c> when the client accepts it.
/// </summary>
public sealed class ExportOptions
{
    public const string SectionName = "Export";

    /// <summary>
    /// Bytes sent per rate-limit token (<c>RateLimiting</c>). Default: 65,536 (64 KiB): with the default bucket
    /// (10,000 tokens, 100 a second) a client may download about 625 MiB at once and 6.25 MiB/s after that; when the
    /// bucket runs dry the download slows to that rate instead of breaking off. A 10-item GraphQL page costs 12
    /// tokens for a few kilobytes, so a bulk download is by far the cheaper way to the whole dataset, as it should be.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int BytesPerToken { get; set; } = 65_536;

    /// <summary>
    /// How hard gzip and Brotli work on a download. Default: <c>Fastest</c>: the files are generated as they are sent,
    /// so compression runs once per download on the server's few cores; <c>Optimal</c> saves some bytes for much
    /// more CPU.
    /// </summary>
    public CompressionLevel CompressionLevel { get; set; } = CompressionLevel.Fastest;
}
