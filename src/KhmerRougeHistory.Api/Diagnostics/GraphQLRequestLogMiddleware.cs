using System.Diagnostics;
using KhmerRougeHistory.Api.Limits;

namespace KhmerRougeHistory.Api.Diagnostics;

/// <summary>
/// Writes one structured entry per request to the GraphQL endpoint (CORS preflights aside), once it is answered,
/// whoever answered it: the endpoint, the rate limiter or the 304 shortcut.
/// </summary>
internal sealed class GraphQLRequestLogMiddleware(RequestDelegate next, PathString path, ILogger<GraphQLRequestLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!http.Request.Path.Equals(path) || HttpMethods.IsOptions(http.Request.Method) || !logger.IsEnabled(LogLevel.Information))
        {
            await next(http);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(http);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            Write(http, Stopwatch.GetElapsedTime(started), failed);
        }
    }

    private void Write(HttpContext http, TimeSpan elapsed, bool failed)
    {
        // Browsers get the IDE's page at the same path: that is not a GraphQL request.
        if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            return;
        }

        var entry = http.RequestServices.GetService<GraphQLRequestLogEntry>();
        var status = failed && !http.Response.HasStarted ? StatusCodes.Status500InternalServerError : http.Response.StatusCode;
        var durationMs = Math.Round(elapsed.TotalMilliseconds, 1);
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var cost = http.Features.Get<RequestCostFeature>()?.TotalCost;
        Log.GraphQLRequest(logger, http.Request.Method, entry?.OperationName ?? "-", status, durationMs, cost, client, entry?.QueryHash);
    }
}
