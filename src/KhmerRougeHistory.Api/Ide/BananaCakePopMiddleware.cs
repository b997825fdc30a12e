using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Ide;

/// <summary>
/// Answers a browser's <c>GET {path}</c> with the IDE's page and <c>GET {path}/bcp-config.json</c> with the
/// IDE's settings; every other request, a GraphQL client's GET among them, goes on to the next handler.
/// </summary>
internal sealed class BananaCakePopMiddleware(RequestDelegate next, PathString path, BananaCakePopPage page)
{
    public const string ConfigFileName = "bcp-config.json";

    /// <summary>
    /// Query the URL the IDE was loaded from, and do not call the vendor's telemetry service: the IDE reads
    /// both keys, and with them it makes no request beyond this API.
    /// </summary>
    public const string Config = """{"useBrowserUrlAsEndpoint":true,"disableTelemetry":true}""";

    private static readonly byte[] _configBody = System.Text.Encoding.UTF8.GetBytes(Config);

    private readonly PathString _config = path.Add("/" + ConfigFileName);
    private readonly PathString _folder = path.Add("/");

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        if (request.Path.Equals(_config))
        {
            return WriteAsync(context, "application/json", _configBody);
        }

        if (!request.Path.Equals(path) && !request.Path.Equals(_folder))
        {
            return next(context);
        }

        // The same URL answers browsers and GraphQL clients, so shared caches must key on Accept.
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        return AcceptHeader.PrefersHtml(request)
            ? WriteAsync(context, "text/html; charset=utf-8", page.Render(request.PathBase.Add(_folder).ToUriComponent()))
            : next(context);
    }

    private static Task WriteAsync(HttpContext context, string contentType, byte[] body)
    {
        var response = context.Response;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        response.Headers.CacheControl = BananaCakePopCaching.Revalidate;
        response.Headers.ContentSecurityPolicy = BananaCakePopContentSecurityPolicy.Value;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
