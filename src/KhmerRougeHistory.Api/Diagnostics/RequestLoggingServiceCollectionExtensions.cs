using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhmerRougeHistory.Api.Diagnostics;

public static class RequestLoggingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the per-request GraphQL log entry that
    /// <see cref="RequestLoggingApplicationBuilderExtensions.UseGraphQLRequestLogging"/> writes, with its
    /// <see cref="RequestLoggingOptions"/> (section <c>RequestLogging</c>).
    /// </summary>
    public static IServiceCollection AddGraphQLRequestLogging(this IServiceCollection services)
    {
        services.AddOptions<RequestLoggingOptions>().BindConfiguration(RequestLoggingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<GraphQLRequestLogEntry>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, RequestLogExecution>());
        return services;
    }
}
