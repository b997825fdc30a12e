using Microsoft.Extensions.Primitives;

namespace KhmerRougeHistory.Api.SecureHeaders;

/// <summary>
/// Sets the secure headers just before each response's headers are sent rather than on the way in: whatever runs
/// later (a short-circuiting middleware, an error handler that clears the response) has had its say by then.
/// </summary>
internal sealed class SecureHeadersMiddleware(RequestDelegate next, ILogger<SecureHeadersMiddleware> logger)
{
    /// <summary>Browsers must take the declared <c>Content-Type</c> at its word: a JSON error is never run as a script or page.</summary>
    public const string NoSniff = "nosniff";

    /// <summary>
    /// Send no <c>Referer</c> at all. The browsers' default, <c>strict-origin-when-cross-origin</c>, would still tell
    /// every site linked from the IDE that its visitor came from here, and send the full URL (a GET URL holds the
    /// whole query) on same-origin requests; nothing in the API reads <c>Referer</c>, so the tightest value costs
    /// nothing. The IDE's <c>fetch</c> calls still send <c>Origin</c>.
    /// </summary>
    public const string ReferrerPolicy = "no-referrer";

    public const string ReferrerPolicyHeader = "Referrer-Policy";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state => Apply((HttpResponse)state), context.Response);
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // Left to Kestrel, an unhandled exception becomes a bare 500 whose headers, the secure ones included, are
            // reset. Answered here instead: the same 500, empty, but with them (the callback above still runs).
            Log.UnhandledException(logger, context.Request.Method, context.Request.Path, e);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
    }

    private static Task Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = NoSniff;
        headers[ReferrerPolicyHeader] = ReferrerPolicy;
        if (StringValues.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicies.Api;
        }

        return Task.CompletedTask;
    }
}
