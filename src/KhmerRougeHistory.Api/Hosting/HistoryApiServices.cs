using KhmerRougeHistory.Api.Caching;
using KhmerRougeHistory.Api.Cors;
using KhmerRougeHistory.Api.Diagnostics;
using KhmerRougeHistory.Api.Export;
using KhmerRougeHistory.Api.Federation;
using KhmerRougeHistory.Api.Graph;
using KhmerRougeHistory.Api.Health;
using KhmerRougeHistory.Api.Http;
using KhmerRougeHistory.Api.Limits;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.PersistedOperations;
using KhmerRougeHistory.Api.RateLimiting;
using KhmerRougeHistory.Api.Search;
using KhmerRougeHistory.Api.SecureHeaders;
using KhmerRougeHistory.Api.Shutdown;
using KhmerRougeHistory.Api.Telemetry;

namespace KhmerRougeHistory.Api.Hosting;

public static class HistoryApiServices
{
    /// <summary>Every service of the API, one feature a line.</summary>
    public static IServiceCollection AddHistoryApi(this IServiceCollection services, IConfiguration configuration)
    {
        // The curated history in SQLite (or PostgreSQL), opened read-only; full-text search over the subjects.
        services.AddHistoryDatabase();
        services.AddSubjectSearch();

        // The GraphQL schema and its serializer; an Apollo Federation 2 subgraph (_service, _entities, @key).
        services.AddHistoryGraphQL();
        services.AddHistoryFederation();

        // GraphQL over HTTP: request reading, content negotiation, status codes, document cache.
        services.AddHistoryGraphQLHttp();

        // Limits of one request: length, tokens, depth, aliases, directives, fragments, cost, execution time-out.
        services.AddRequestLimits();

        // Trusted documents (schema/operations) by id and Apollo's automatic persisted queries.
        services.AddPersistedOperations();

        // GET responses: ETag from the data version, 304 on If-None-Match, Cache-Control public for successes only.
        services.AddGraphQLResponseCaching();

        // One structured log entry per GraphQL request; CORS for any origin; /health/live and /health/ready.
        services.AddGraphQLRequestLogging();
        services.AddHistoryCors();
        services.AddHistoryHealthChecks();

        // OpenTelemetry spans (GraphQL parse/validate/execute, SQL) and metrics; exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
        services.AddHistoryTelemetry(configuration);

        // Fairness: a cost-weighted token bucket per client address (in Redis, shared by replicas, with ConnectionStrings:RateLimitStore) and a cap on concurrent GraphQL executions.
        services.AddHistoryRateLimiting();

        // SIGTERM: not ready at once, optionally a grace period, then in-flight requests get the drain timeout to finish.
        services.AddGracefulShutdown();

        // Bulk export: the SQLite file, JSON Lines and a Frictionless data package of CSV files, streamed and charged by bytes.
        services.AddHistoryExport();

        // OWASP secure headers: nosniff, Referrer-Policy and a Content-Security-Policy on every response; no Server header.
        return services.AddSecureHeaders();
    }
}
