using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KhmerRougeHistory.Api.Benchmarks.Server;

/// <summary>
/// The real application (its Program.cs, services and pipeline) over a given database, with the SQL counter added
/// and public-API limits moved out of the way by configuration only (<paramref name="settings"/>).
/// </summary>
internal sealed class BenchmarkServerFactory(string databasePath, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:History", $"Data Source={databasePath}");

        // Never rebuild: a synthetic database is not the curated data and must stay as generated.
        builder.UseSetting("Database:BuildOnStartup", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(SqlStatementCounter.Instance).AddSingleton<ISqlCommandObserver>(SqlStatementCounter.Instance));
    }
}
