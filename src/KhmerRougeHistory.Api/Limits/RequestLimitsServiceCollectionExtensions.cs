using GraphQL.DI;
using GraphQL.Validation;
using KhmerRougeHistory.Api.Graph;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhmerRougeHistory.Api.Limits;

public static class RequestLimitsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the limits of one GraphQL request (<see cref="RequestLimitsOptions"/>, section <c>Limits</c>):
    /// query length and tokens before parsing; depth, aliases, directives and fragments as validation rules for
    /// documents not cached yet; cost analysis for every request, published as <see cref="RequestCostFeature"/>
    /// and reported with <c>GraphQL-Cost: report</c>; and the execution time-out, whose cancellation reaches
    /// the running SQLite statement (PostgreSQL statements are cancelled by Npgsql itself). Needs <c>AddHistoryGraphQL</c> (the schema and the paging options).
    /// </summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DocumentLimitsRule>();
        services.Decorate<IDocumentValidator>(
            (provider, inner) => ActivatorUtilities.CreateInstance<CostingDocumentValidator>(provider, inner),
            "AddRequestLimits computes the cost around graphql-dotnet's validator: call builder.Services.AddHistoryGraphQL() first.");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, ExecutionTimeout>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, CostReport>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, LimitsValidationRules>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, QueryTextLimits>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, SqliteInterruptInterceptor>());
        return services;
    }
}
