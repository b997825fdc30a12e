using Microsoft.AspNetCore.Http.Features;

namespace KhmerRougeHistory.Api.Diagnostics;

/// <summary>
/// The id that ties what a client was told about a failure to the server's log: the W3C id of the request's
/// activity (<c>00-&lt;trace id&gt;-&lt;span id&gt;-&lt;flags&gt;</c>, as ASP.NET Core's problem details give it),
/// or the connection-based <see cref="HttpContext.TraceIdentifier"/> when no activity is recorded.
/// </summary>
internal static class RequestTraceId
{
    /// <summary>The extension key that carries the id in a GraphQL error.</summary>
    public const string ExtensionKey = "traceId";

    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Features.Get<IHttpActivityFeature>()?.Activity.Id ?? http.TraceIdentifier;
    }
}
