using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using KhmerRougeHistory.Api.Caching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// Strong ETags of export responses, as the GraphQL GET caching makes them: from the data version and the build of
/// the application (a new build may write the generated files differently), the file and its content coding (a
/// gzip body is another representation than the plain one, RFC 9110 §8.8.3). The same for every replica and restart
/// that serves the same data with the same build.
/// </summary>
internal sealed class ExportEntityTags(DataVersion dataVersion, IOptions<HttpCachingOptions> caching)
{
    private readonly string _version = dataVersion.Value + "\n" + typeof(ExportEntityTags).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>Reuses <c>HttpCaching:MaxAge</c>: a listing or a file may be reused as long as a GraphQL answer.</summary>
    public string CacheControl { get; } = caching.Value.MaxAge > 0 ? $"public, max-age={caching.Value.MaxAge}" : "public, no-cache";

    public string For(string file, string coding)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{_version}\n{file}\n{coding}"));
        return $"\"{Base64Url.EncodeToString(hash.AsSpan(0, 18))}\"";
    }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 §13.1.2); <c>*</c> matches any existing file.</summary>
    public static bool Matches(StringValues ifNoneMatch, string entityTag) =>
        ifNoneMatch.Count > 0
        && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(EntityTagHeaderValue.Parse(entityTag), useStrongComparison: false));

    /// <summary>If-Range needs the strong comparison (RFC 9110 §13.1.5): a range is only taken from the same bytes.</summary>
    public static bool RangeApplies(StringValues ifRange, string entityTag) =>
        ifRange.Count == 0
        || (EntityTagHeaderValue.TryParse(ifRange.ToString(), out var tag) && tag.Compare(EntityTagHeaderValue.Parse(entityTag), useStrongComparison: true));
}
