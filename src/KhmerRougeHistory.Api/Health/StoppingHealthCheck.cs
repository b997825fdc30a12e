using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KhmerRougeHistory.Api.Health;

/// <summary>
/// Unhealthy from the moment the application starts stopping (SIGTERM), so that load balancers send no new requests
/// while the ones in flight finish. Liveness runs no checks, so the process is not restarted for stopping.
/// </summary>
internal sealed class StoppingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("The API is shutting down.")
            : HealthCheckResult.Healthy("The API is not shutting down."));
}
