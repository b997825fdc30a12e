using KhmerRougeHistory.Api.Diagnostics;
using KhmerRougeHistory.Api.Hosting;
using KhmerRougeHistory.Api.Import;

// The command-line verbs (import, synthetic, probe) do their work and exit without serving.
if (await CommandLineVerbs.RunAsync(args) is { } exitCode)
{
    return exitCode;
}

// Every service: data, search, GraphQL, HTTP, limits, caching, logging, telemetry, rate limits, export, headers.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHistoryApi(builder.Configuration);

WebApplication? app = null;
try
{
    app = builder.Build();

    // Build the database if it is missing, broken or stale (one replica at a time); fail on bad data.
    await app.Services.PrepareHistoryDatabaseAsync();

    // The middleware in order, then the endpoints: /graphql, the IDE, /export, /health.
    app.UseHistoryApi();
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
