using KhmerRougeHistory.Api.Health;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.RateLimiting.Redis;

/// <summary>
/// The services of the shared store. Whether one is used is decided when the budget is first resolved, from the
/// bound options, so that a connection string given in any configuration source (a test's included) counts.
/// </summary>
internal static class RateLimitStoreRegistration
{
    public static IServiceCollection AddRateLimitStore(this IServiceCollection services)
    {
        services.AddOptions<RateLimitStoreOptions>()
            .BindConfiguration(RateLimitStoreOptions.SectionName)
            .Configure<IConfiguration>((store, configuration) => store.ConnectionString = configuration.GetConnectionString(RateLimitStoreOptions.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RateLimitStoreStatus>();
        services.TryAddSingleton<RedisConnection>();
        services.AddHostedService(provider => provider.GetRequiredService<RedisConnection>());
        services.TryAddSingleton<RedisTokenBucket>();
        services.TryAddSingleton<FailoverClientBudget>();
        services.TryAddSingleton<RateLimitStoreHealthCheck>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<HealthCheckServiceOptions>, ReadinessRegistration>());
        services.TryAddSingleton<IClientBudget>(provider => provider.GetRequiredService<IOptions<RateLimitStoreOptions>>().Value.IsConfigured
            ? provider.GetRequiredService<FailoverClientBudget>()
            : provider.GetRequiredService<ProcessClientBudget>());
        return services;
    }

    /// <summary>Adds the store to <c>/health/ready</c> only when one is configured; a failed check counts as Degraded.</summary>
    private sealed class ReadinessRegistration(IOptions<RateLimitStoreOptions> store) : IConfigureOptions<HealthCheckServiceOptions>
    {
        public void Configure(HealthCheckServiceOptions options)
        {
            if (store.Value.IsConfigured)
            {
                options.Registrations.Add(new HealthCheckRegistration(
                    RateLimitStoreHealthCheck.Name,
                    provider => provider.GetRequiredService<RateLimitStoreHealthCheck>(),
                    HealthStatus.Degraded,
                    [HealthServiceCollectionExtensions.ReadyTag]));
            }
        }
    }
}
