namespace KhmerRougeHistory.Api.Health;

public static class HealthServiceCollectionExtensions
{
    /// <summary>The tag of the checks that <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Registers the health checks that <see cref="HealthEndpoints.MapHistoryHealthChecks"/> serves: <c>database</c>
    /// (opened read-only and answering), <c>schema</c> (the GraphQL schema built) and <c>shutdown</c> (unhealthy once
    /// the application is stopping), all tagged <see cref="ReadyTag"/>. Rate limiting adds <c>rateLimitStore</c> when a
    /// shared store is configured (Degraded, not Unhealthy, while it is unreachable).
    /// </summary>
    public static IServiceCollection AddHistoryHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<SchemaHealthCheck>("schema", tags: [ReadyTag])
            .AddCheck<StoppingHealthCheck>("shutdown", tags: [ReadyTag]);
        return services;
    }
}
