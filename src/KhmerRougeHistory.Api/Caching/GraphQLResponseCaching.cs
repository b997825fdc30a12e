using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using KhmerRougeHistory.Api.PersistedOperations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Caching;

/// <summary>
/// HTTP caching of GraphQL GET responses. A GET gets a strong ETag derived from the data version, the build of the
/// application and its trusted documents, and everything in the request that shapes its response (the parameters,
/// the response media type and the <c>GraphQL-Cost</c> header);
/// a matching <c>If-None-Match</c> is answered 304 without running the query. Only a GET that ran without errors
/// may be stored (<c>Cache-Control: public, max-age=…</c>); every other response, POST or error, says
/// <c>no-store</c>, so that an unknown persisted query or a refusal is never replayed from a cache.
/// </summary>
internal sealed class GraphQLResponseCaching(
    DataVersion dataVersion,
    TrustedDocuments trustedDocuments,
    IOptions<HttpCachingOptions> options,
    ILogger<GraphQLResponseCaching> logger)
{
    public const string CostHeader = "GraphQL-Cost";

    public const string NoStore = "no-store";

    /// <summary>The GET parameters a response depends on (GraphQL-over-HTTP and its persisted documents appendix).</summary>
    private static readonly string[] _parameters = ["query", "documentId", "id", "operationName", "variables", "extensions"];

    private static readonly object _entityTagKey = new();

    private readonly string _cacheControl = options.Value.MaxAge > 0 ? $"public, max-age={options.Value.MaxAge}" : "public, no-cache";

    /// <summary>
    /// What besides the request decides a response: the data, the code (a new build may answer differently) and the
    /// trusted documents (an id names different text after a deployment that changed them).
    /// </summary>
    private readonly string _version = string.Join(
        '\n',
        [dataVersion.Value, typeof(GraphQLResponseCaching).Assembly.ManifestModule.ModuleVersionId.ToString(), .. trustedDocuments.All.Select(d => d.Hash)]);

    /// <summary>
    /// For a GET, remembers its ETag and, when <c>If-None-Match</c> names it, answers 304 (with the headers a 200
    /// would have had) and returns true: the caller then writes nothing more.
    /// </summary>
    public bool TryAnswerNotModified(HttpContext http, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            return false;
        }

        var entityTag = EntityTagOf(http.Request, mediaType);
        http.Items[_entityTagKey] = entityTag;
        if (!Matches(http.Request.Headers.IfNoneMatch, entityTag))
        {
            return false;
        }

        var value = entityTag.ToString();
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        SetCacheable(http.Response.Headers, value);
        Log.NotModified(logger, value);
        return true;
    }

    /// <summary>
    /// Sets the caching headers of a response whose status is set and which is about to carry
    /// <paramref name="result"/>: cacheable when it answers a GET with 200 and no errors, else <c>no-store</c>.
    /// </summary>
    public void SetHeaders(HttpContext http, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(result);
        var response = http.Response;
        if (http.Items[_entityTagKey] is EntityTagHeaderValue entityTag
            && response.StatusCode == StatusCodes.Status200OK && result.Executed && result.Errors is not { Count: > 0 })
        {
            SetCacheable(response.Headers, entityTag.ToString());
        }
        else
        {
            response.Headers.CacheControl = NoStore;
            response.Headers.ETag = StringValues.Empty;
        }
    }

    private void SetCacheable(IHeaderDictionary headers, string entityTag)
    {
        headers.CacheControl = _cacheControl;
        headers.ETag = entityTag;
        headers.Vary = $"{HeaderNames.Accept}, {CostHeader}";
    }

    private EntityTagHeaderValue EntityTagOf(HttpRequest request, string mediaType)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, _version);
        Append(hash, mediaType);
        Append(hash, request.Headers[CostHeader].ToString().Trim().ToLowerInvariant());
        foreach (var parameter in _parameters)
        {
            Append(hash, request.Query[parameter].ToString());
        }

        return new EntityTagHeaderValue($"\"{Base64Url.EncodeToString(hash.GetHashAndReset().AsSpan(0, 18))}\"");
    }

    /// <summary>Each value is length-prefixed, so that no two different requests hash the same input.</summary>
    private static void Append(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }

    /// <summary>If-None-Match uses the weak comparison; <c>*</c> is ignored, since only running the query tells whether it succeeds.</summary>
    private static bool Matches(StringValues ifNoneMatch, EntityTagHeaderValue entityTag) =>
        ifNoneMatch.Count > 0
        && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(tag => !tag.Equals(EntityTagHeaderValue.Any) && tag.Compare(entityTag, useStrongComparison: false));
}
