using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>The real application over a given database file and data folder.</summary>
public sealed class HistoryApiFactory(string databasePath, string? dataDirectory = null, bool buildOnStartup = true, SqlRecorder? sqlRecorder = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:History", $"Data Source={databasePath}");
        builder.UseSetting("Database:DataDirectory", dataDirectory ?? RepositoryPaths.DataDirectory);
        builder.UseSetting("Database:BuildOnStartup", buildOnStartup ? "true" : "false");
        if (sqlRecorder is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(sqlRecorder));
        }
    }
}
