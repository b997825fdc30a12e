using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.Caching;

/// <summary>
/// HTTP caching of GraphQL GET responses. Default: a successful GET query response may be kept by any cache for
/// <see cref="MaxAge"/> = 300 seconds and carries an <c>ETag</c>; 0 keeps the ETag (and 304 answers) but asks
/// caches to revalidate every time (<c>Cache-Control: public, no-cache</c>).
/// </summary>
public sealed class HttpCachingOptions
{
    public const string SectionName = "HttpCaching";

    /// <summary>
    /// How long, in seconds, browsers and shared caches may reuse a successful GET response without asking again
    /// (<c>Cache-Control: public, max-age=…</c>). The data only changes when the database is rebuilt, and then the
    /// ETags change with it. Default: 300 (5 minutes).
    /// </summary>
    [Range(0, 31_536_000)]
    public int MaxAge { get; set; } = 300;
}
