using GraphQL.Types;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KhmerRougeHistory.Api.Health;

/// <summary>Ready when the GraphQL schema is built (building it now if no request has yet).</summary>
internal sealed class SchemaHealthCheck(ISchema schema) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        schema.Initialize();
        return Task.FromResult(HealthCheckResult.Healthy($"The schema is built: {schema.AllTypes.Count} types."));
    }
}
