using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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
            builder.ConfigureServices(services => services.AddStatementObserver(sqlRecorder));
        }
    }
}
