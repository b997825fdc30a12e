using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Diagnostics;

public static class RequestLoggingApplicationBuilderExtensions
{
    /// <summary>
    /// Logs one structured entry per request to the GraphQL endpoint at <paramref name="path"/> (event 3040:
    /// method, operation name, status, duration in ms, cost, client address; the query hash if configured; never
    /// variables). Call it first, so that requests refused by later middleware (rate limiting) are logged too.
    /// Needs <see cref="RequestLoggingServiceCollectionExtensions.AddGraphQLRequestLogging"/>.
    /// </summary>
    public static IApplicationBuilder UseGraphQLRequestLogging(this IApplicationBuilder app, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetService<IOptions<RequestLoggingOptions>>()
            ?? throw new InvalidOperationException(
                "UseGraphQLRequestLogging needs its services: call builder.Services.AddGraphQLRequestLogging() before builder.Build().");
        return options.Value.Enabled ? app.UseMiddleware<GraphQLRequestLogMiddleware>(new PathString(path)) : app;
    }
}
