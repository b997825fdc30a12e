using KhmerRougeHistory.Api.Http;

namespace KhmerRougeHistory.Api.RateLimiting;

public static class RateLimitingApplicationBuilderExtensions
{
    /// <summary>
    /// Resolves each request's client address (from <c>X-Forwarded-For</c> only when it comes from a trusted
    /// proxy, see <see cref="RateLimitingOptions.TrustedProxies"/>) and meters requests to the GraphQL endpoint at
    /// <paramref name="path"/> against the client's token bucket: one token on arrival, the rest of the request's
    /// cost after validation, 429 <c>RATE_LIMITED</c> when the bucket runs dry. Responses there carry the
    /// <c>RateLimit-*</c> fields. Other paths (the IDE's files, health checks) are not metered. Call it early: the
    /// client's address replaces the connection's remote address for everything that runs after it, and for
    /// middleware before it once the request comes back. Needs
    /// <see cref="RateLimitingServiceCollectionExtensions.AddHistoryRateLimiting"/>.
    /// </summary>
    public static IApplicationBuilder UseHistoryRateLimiting(this IApplicationBuilder app, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.ApplicationServices;
        var budget = services.GetService<IClientBudget>()
            ?? throw new InvalidOperationException(
                "UseHistoryRateLimiting needs its services: call builder.Services.AddHistoryRateLimiting() before builder.Build().");
        if (services.GetService<GraphQLResponseWriter>() is null)
        {
            throw new InvalidOperationException(
                "UseHistoryRateLimiting writes GraphQL error responses: call builder.Services.AddHistoryGraphQLHttp() before builder.Build().");
        }

        var options = budget.Options;
        if (options.TrustsProxies)
        {
            // Without known proxies ASP.NET Core would accept X-Forwarded-For from anyone, so it is only added here.
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitingApplicationBuilderExtensions));
            var (proxies, networks) = (string.Join(", ", options.TrustedProxies), string.Join(", ", options.TrustedNetworks));
            Log.TrustingProxies(logger, proxies, networks);
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<ClientRateLimitMiddleware>(new PathString(path));
        return app;
    }
}
