using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using KhmerRougeHistory.Api.Graph;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhmerRougeHistory.Api.Http;

public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL-over-HTTP transport that <see cref="GraphQLEndpoint.MapHistoryGraphQL"/> maps: its
    /// <see cref="GraphQLHttpOptions"/> (section <c>GraphQLHttp</c>), the document cache, and error formatting that
    /// gives every error an <c>extensions.code</c> and never exception details. Needs <c>AddHistoryGraphQL</c> first
    /// (a cached document's validation wraps graphql-dotnet's validator).
    /// </summary>
    public static IServiceCollection AddHistoryGraphQLHttp(this IServiceCollection services)
    {
        services.AddOptions<GraphQLHttpOptions>().BindConfiguration(GraphQLHttpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<GraphQLRequestReader>();
        services.TryAddSingleton<GraphQLRequestExecutor>();
        services.TryAddSingleton<GraphQLResponseWriter>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, DocumentCache>());
        // Innermost: a validator that must see cached documents too (the cost analysis, AddRequestLimits) is added after
        // this, around it; LimitRulesTests fail if a cached document goes uncosted.
        services.Decorate<IDocumentValidator>(
            inner => new CachedDocumentValidator(inner),
            "AddHistoryGraphQLHttp validates cached documents around graphql-dotnet's validator: call builder.Services.AddHistoryGraphQL() first.");

        // Replaces graphql-dotnet's default whether AddHistoryGraphQL ran before or after (it only adds a default).
        services.Replace(ServiceDescriptor.Singleton<IErrorInfoProvider, GraphQLErrorInfoProvider>());
        return services;
    }
}
