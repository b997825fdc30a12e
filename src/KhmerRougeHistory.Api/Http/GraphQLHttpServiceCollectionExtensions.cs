using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhmerRougeHistory.Api.Http;

public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL-over-HTTP transport that <see cref="GraphQLEndpoint.MapHistoryGraphQL"/> maps: its
    /// <see cref="GraphQLHttpOptions"/> (section <c>GraphQLHttp</c>), the document cache, and error formatting that
    /// gives every error an <c>extensions.code</c> and never exception details.
    /// </summary>
    public static IServiceCollection AddHistoryGraphQLHttp(this IServiceCollection services)
    {
        services.AddOptions<GraphQLHttpOptions>().BindConfiguration(GraphQLHttpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<GraphQLRequestReader>();
        services.TryAddSingleton<GraphQLRequestExecutor>();
        services.TryAddSingleton<GraphQLResponseWriter>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, DocumentCache>());

        // Replaces graphql-dotnet's default whether AddHistoryGraphQL ran before or after (it only adds a default).
        services.Replace(ServiceDescriptor.Singleton<IErrorInfoProvider, GraphQLErrorInfoProvider>());
        return services;
    }
}
