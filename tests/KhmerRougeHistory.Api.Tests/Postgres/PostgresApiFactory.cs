using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>The real application configured for PostgreSQL, serving one schema of the test server.</summary>
public sealed class PostgresApiFactory(string schema, bool buildOnStartup = false, string? connectionString = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:History", connectionString ?? PostgresServer.RequiredConnectionString);
        builder.UseSetting("Database:Schema", schema);
        builder.UseSetting("Database:DataDirectory", RepositoryPaths.DataDirectory);
        builder.UseSetting("Database:BuildOnStartup", buildOnStartup ? "true" : "false");
        // The comparisons send many requests from one client; what they check is the data, not the rate limit.
        builder.UseSetting("RateLimiting:TokenLimit", $"{int.MaxValue}");
    }
}
