using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhmerRougeHistory.Api.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// Registers HTTP caching of GraphQL GET responses with its <see cref="HttpCachingOptions"/> (section
    /// <c>HttpCaching</c>): ETags from the data version (read from the database when the GraphQL endpoint is
    /// mapped, so after it is prepared), the application's build and trusted documents, and the request; 304
    /// answers; <c>Cache-Control</c>. Needs the trusted documents of
    /// <see cref="PersistedOperations.PersistedOperationsServiceCollectionExtensions.AddPersistedOperations"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLResponseCaching(this IServiceCollection services)
    {
        services.AddOptions<HttpCachingOptions>().BindConfiguration(HttpCachingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<DataVersion>();
        services.TryAddSingleton<GraphQLResponseCaching>();
        return services;
    }
}
