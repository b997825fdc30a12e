using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Shutdown;

public static class ShutdownServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ShutdownOptions"/> (section <c>Shutdown</c>), sets the host's shutdown timeout
    /// (<see cref="HostOptions.ShutdownTimeout"/>) to their grace period plus drain timeout, and holds Kestrel's stop
    /// back for the grace period. Readiness turning unhealthy on stop is the health checks' part
    /// (<c>AddHistoryHealthChecks</c>).
    /// </summary>
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services)
    {
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Registered after the host's own binding of HostOptions, so this timeout wins over shutdownTimeoutSeconds.
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.HostShutdownTimeout);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ReadinessGracePeriodService>());
        return services;
    }
}
