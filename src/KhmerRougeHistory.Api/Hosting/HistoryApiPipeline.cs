using KhmerRougeHistory.Api.Cors;
using KhmerRougeHistory.Api.Diagnostics;
using KhmerRougeHistory.Api.Export;
using KhmerRougeHistory.Api.Health;
using KhmerRougeHistory.Api.Http;
using KhmerRougeHistory.Api.Ide;
using KhmerRougeHistory.Api.RateLimiting;
using KhmerRougeHistory.Api.SecureHeaders;

namespace KhmerRougeHistory.Api.Hosting;

public static class HistoryApiPipeline
{
    /// <summary>The middleware, in the order a request meets it, and the endpoints.</summary>
    public static WebApplication UseHistoryApi(this WebApplication app)
    {
        // Before anything that may answer, so that every response carries the secure headers, refused ones included.
        app.UseSecureHeaders();

        // Then logging, so that every GraphQL request is logged, refused ones included; then CORS (preflights end there).
        app.UseGraphQLRequestLogging();
        app.UseHistoryCors();

        // Client address (X-Forwarded-For from trusted proxies only); /graphql requests draw on its bucket, 429 when empty.
        app.UseHistoryRateLimiting();

        // GET /graphql in a browser: the Banana Cake Pop IDE (GraphQL clients pass through).
        app.UseBananaCakePop();

        // POST and GET /graphql (GraphQL over HTTP).
        app.MapHistoryGraphQL();

        // GET /export (the files of the current data version) and /export/{name} (one file: ETag, ranges, gzip/br).
        app.MapHistoryExport();

        // Liveness and readiness (database answers read-only, schema built, not stopping), never cached.
        app.MapHistoryHealthChecks();
        return app;
    }
}
