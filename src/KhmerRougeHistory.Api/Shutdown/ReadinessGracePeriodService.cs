using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Shutdown;

/// <summary>
/// Holds the shutdown back for <see cref="ShutdownOptions.ReadinessGracePeriod"/> before Kestrel stops accepting.
/// The host calls every <see cref="IHostedLifecycleService.StoppingAsync"/> after <c>ApplicationStopping</c> (which
/// turns readiness unhealthy) and before any hosted service's <c>StopAsync</c> (Kestrel's among them), so the server
/// keeps serving, already not-ready, while load balancers catch up.
/// </summary>
internal sealed class ReadinessGracePeriodService(IOptions<ShutdownOptions> options, TimeProvider time, ILogger<ReadinessGracePeriodService> logger)
    : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var shutdown = options.Value;
        Log.Stopping(logger, shutdown.ReadinessGracePeriod.TotalSeconds, shutdown.DrainTimeout.TotalSeconds);
        if (shutdown.ReadinessGracePeriod <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(shutdown.ReadinessGracePeriod, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout ran out (or a second signal came): stop now rather than fail the shutdown,
            // which the host would report as an exception and the process as a crash.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
