using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// A refused export request as RFC 9457 problem details with a stable <c>code</c>, the way a non-GraphQL endpoint
/// answers errors: <c>{"type":"about:blank","title":"Not Found","status":404,"detail":"…","code":"EXPORT_FILE_NOT_FOUND"}</c>.
/// The detail speaks of the request only, never of files, paths or exceptions on the server.
/// </summary>
internal static class ExportProblem
{
    public const string FileNotFound = "EXPORT_FILE_NOT_FOUND";

    public const string RangeNotSatisfiable = "RANGE_NOT_SATISFIABLE";

    public const string RateLimited = RateLimiting.RateLimitedError.ErrorCode;

    public const string MediaType = "application/problem+json";

    public static async Task WriteAsync(HttpContext http, int status, string code, string detail)
    {
        ArgumentNullException.ThrowIfNull(http);
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = MediaType;
        response.Headers.CacheControl = "no-store";
        response.Headers.ETag = default;
        response.Headers.ContentEncoding = default;
        response.Headers.ContentDisposition = default;
        response.ContentLength = null;
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        await using var json = new Utf8JsonWriter(response.Body);
        json.WriteStartObject();
        json.WriteString("type", "about:blank");
        json.WriteString("title", ReasonPhrases.GetReasonPhrase(status));
        json.WriteNumber("status", status);
        json.WriteString("detail", detail);
        json.WriteString("code", code);
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }
}
