using KhmerRougeHistory.Api.Caching;
using KhmerRougeHistory.Api.Cors;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Diagnostics;
using KhmerRougeHistory.Api.Export;
using KhmerRougeHistory.Api.Federation;
using KhmerRougeHistory.Api.Graph;
using KhmerRougeHistory.Api.Health;
using KhmerRougeHistory.Api.Http;
using KhmerRougeHistory.Api.Ide;
using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Import.Synthetic;
using KhmerRougeHistory.Api.Limits;
using KhmerRougeHistory.Api.PersistedOperations;
using KhmerRougeHistory.Api.RateLimiting;
using KhmerRougeHistory.Api.Search;
using KhmerRougeHistory.Api.SecureHeaders;
using KhmerRougeHistory.Api.Shutdown;
using KhmerRougeHistory.Api.Telemetry;

// "synthetic ...": write a large synthetic database for benchmarks and exit (tests/KhmerRougeHistory.Api.Benchmarks).
if (args is [SyntheticDataCommand.Name, ..])
{
    return await SyntheticDataCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

// "probe [url]": the container's health check asks a running API whether it is ready (exit code 0 or 1).
if (args is [HealthProbeCommand.Name, ..])
{
    return await HealthProbeCommand.RunAsync(args[1..], Console.Out, TimeSpan.FromSeconds(3));
}

var importing = args is [ImportCommand.Name, ..];
var builder = WebApplication.CreateBuilder(importing ? [] : args);

// The curated history in SQLite, opened read-only.
builder.Services.AddHistoryDatabase();

// Full-text search over persons, organizations, sites and events.
builder.Services.AddSubjectSearch();

// The GraphQL schema and its serializer.
builder.Services.AddHistoryGraphQL();

// An Apollo Federation 2 subgraph: _service { sdl }, _entities and @key(fields: "id") on the entity types.
builder.Services.AddHistoryFederation();

// GraphQL over HTTP: request reading, content negotiation, status codes, document cache.
builder.Services.AddHistoryGraphQLHttp();

// Limits of one request: length, tokens, depth, aliases, directives, fragments, cost, execution time-out.
builder.Services.AddRequestLimits();

// Trusted documents (schema/operations) by id and Apollo's automatic persisted queries.
builder.Services.AddPersistedOperations();

// GET responses: ETag from the data version, 304 on If-None-Match, Cache-Control public for successes only.
builder.Services.AddGraphQLResponseCaching();

// One structured log entry per GraphQL request; CORS for any origin; /health/live and /health/ready.
builder.Services.AddGraphQLRequestLogging();
builder.Services.AddHistoryCors();
builder.Services.AddHistoryHealthChecks();

// OpenTelemetry spans (GraphQL parse/validate/execute, SQL) and metrics; exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
builder.Services.AddHistoryTelemetry(builder.Configuration);

// Fairness: a cost-weighted token bucket per client address (in Redis, shared by replicas, with ConnectionStrings:RateLimitStore) and a cap on concurrent GraphQL executions.
builder.Services.AddHistoryRateLimiting();

// SIGTERM: not ready at once, optionally a grace period, then in-flight requests get the drain timeout to finish.
builder.Services.AddGracefulShutdown();

// Bulk export: the SQLite file, JSON Lines and a Frictionless data package of CSV files, streamed and charged by bytes.
builder.Services.AddHistoryExport();

// OWASP secure headers: nosniff, Referrer-Policy and a Content-Security-Policy on every response; no Server header.
builder.Services.AddSecureHeaders();

// "import ...": build the database alone and exit (Dockerfile, operators).
if (importing)
{
    return await ImportCommand.RunAsync(builder.Configuration, builder.Environment.ContentRootPath, args[1..], Console.Out, Console.Error);
}

WebApplication? app = null;
try
{
    app = builder.Build();

    // Build the database if it is missing, broken or stale (one replica at a time); fail on bad data.
    await app.Services.PrepareHistoryDatabaseAsync();

    // Before anything that may answer, so that every response carries the secure headers, refused ones included.
    app.UseSecureHeaders();

    // Then logging, so that every GraphQL request is logged, refused ones included; then CORS (preflights end there).
    app.UseGraphQLRequestLogging();
    app.UseHistoryCors();

    // Client address (X-Forwarded-For from trusted proxies only); /graphql requests draw on its bucket, 429 when empty.
    app.UseHistoryRateLimiting();

    // GET /graphql in a browser: the Banana Cake Pop IDE (GraphQL clients pass through).
    app.UseBananaCakePop();

    // POST and GET /graphql (GraphQL over HTTP).
    app.MapHistoryGraphQL();

    // GET /export (the files of the current data version) and /export/{name} (one file: ETag, ranges, gzip/br).
    app.MapHistoryExport();

    // Liveness and readiness (database answers read-only, schema built, not stopping), never cached.
    app.MapHistoryHealthChecks();

    await app.StartAsync();
}
catch (Exception e)
{
    // A start that cannot go on (no database it can serve, invalid settings, a port in use) logs why and exits 1.
    return await StartupFailure.ExitAsync(app, e);
}

// Serve until SIGTERM or Ctrl+C; then drain (Shutdown:DrainTimeout) and dispose, which flushes the log.
await using (app)
{
    return await Serving.UntilStoppedAsync(app);
}

/// <summary>Entry point; public so that tests can host the real application with WebApplicationFactory.</summary>
public partial class Program;
