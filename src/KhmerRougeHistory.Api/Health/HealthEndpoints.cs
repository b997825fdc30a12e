using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KhmerRougeHistory.Api.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// Maps <c>{prefix}/live</c> (200 while the process answers; it runs no check) and <c>{prefix}/ready</c> (200 when
    /// the database answers, the schema is built and the application is not stopping, else 503), both with a JSON body and <c>Cache-Control: no-store</c>.
    /// Needs <see cref="HealthServiceCollectionExtensions.AddHistoryHealthChecks"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapHistoryHealthChecks(this IEndpointRouteBuilder endpoints, string prefix = "/health")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        _ = endpoints.ServiceProvider.GetService<HealthCheckService>()
            ?? throw new InvalidOperationException(
                "MapHistoryHealthChecks needs the health checks: call builder.Services.AddHistoryHealthChecks() before builder.Build().");
        endpoints.MapHealthChecks($"{prefix}/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync })
            .WithDisplayName("Liveness");
        endpoints.MapHealthChecks($"{prefix}/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthServiceCollectionExtensions.ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).WithDisplayName("Readiness");
        return endpoints;
    }
}
