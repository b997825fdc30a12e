using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.Shutdown;

/// <summary>
/// How the API stops on SIGTERM. <c>/health/ready</c> turns unhealthy at once; new connections are still accepted for
/// <see cref="ReadinessGracePeriod"/> (default 0); then the server stops accepting and gives the requests in flight
/// <see cref="DrainTimeout"/> = 20 s to finish before it cuts the rest off. The host's shutdown timeout is the sum of
/// the two.
/// </summary>
public sealed class ShutdownOptions
{
    public const string SectionName = "Shutdown";

    /// <summary>
    /// How long requests already accepted may take to finish once the server stops accepting; whatever still runs
    /// then is aborted. Default: 20 s, twice the execution time-out (<c>Limits:ExecutionTimeout</c>, 10 s), so any
    /// query that may run at all finishes, and with <see cref="ReadinessGracePeriod"/> still under Kubernetes'
    /// default termination grace period (30 s), after which the kubelet sends SIGKILL and nothing drains at all.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long the server keeps accepting, while already saying not-ready, before it stops: time for load balancers
    /// to notice and for Kubernetes to take the pod out of its Service's endpoints (which it does at the same time as
    /// it sends SIGTERM, so traffic can still arrive for a few seconds). Default: 0, because the right value depends on
    /// the environment and every second is a second <c>docker stop</c>, a test or Ctrl+C waits; the Kubernetes
    /// example sets 5 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReadinessGracePeriod { get; set; } = TimeSpan.Zero;

    /// <summary>The host's shutdown timeout: the grace period, then the drain.</summary>
    public TimeSpan HostShutdownTimeout => ReadinessGracePeriod + DrainTimeout;
}
