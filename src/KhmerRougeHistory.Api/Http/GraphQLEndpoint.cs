namespace KhmerRougeHistory.Api.Http;

public static class GraphQLEndpoint
{
    /// <summary>
    /// Maps the GraphQL-over-HTTP endpoint at <paramref name="pattern"/>: <c>POST</c> with an
    /// <c>application/json</c> body <c>{ query, variables, operationName, extensions }</c>, and <c>GET</c> with
    /// the same parameters in the query string (queries only). Responses are
    /// <c>application/graphql-response+json</c> or <c>application/json</c> as the Accept header asks, with the
    /// status codes of the GraphQL-over-HTTP spec. Other methods get 405. Needs
    /// <see cref="GraphQLHttpServiceCollectionExtensions.AddHistoryGraphQLHttp"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapHistoryGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler = endpoints.ServiceProvider.GetService<GraphQLHttpHandler>()
            ?? throw new InvalidOperationException(
                "MapHistoryGraphQL needs the GraphQL HTTP services: call builder.Services.AddHistoryGraphQLHttp() before builder.Build().");
        endpoints.Map(pattern, handler.HandleAsync).WithDisplayName("GraphQL over HTTP");
        return endpoints;
    }
}
