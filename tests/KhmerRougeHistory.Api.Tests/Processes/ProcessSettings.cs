using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Processes;

/// <summary>Settings for a server process that serves an already built database to a test's many clients.</summary>
public static class ProcessSettings
{
    /// <summary>
    /// The database opened as the container opens it (read-only, no build on start), and a rate-limit budget no test
    /// load can spend: every client of a test comes from 127.0.0.1 and so shares one bucket, whose default (10,000
    /// points, 100 a second) a few hundred requests a second would empty within seconds and turn good requests into 429s.
    /// </summary>
    public static Dictionary<string, string?> Unthrottled(CuratedDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new()
        {
            ["ConnectionStrings:History"] = $"Data Source={database.FilePath}",
            ["Database:BuildOnStartup"] = "false",
            ["RateLimiting:TokenLimit"] = "1000000000",
            ["RateLimiting:TokensPerPeriod"] = "1000000000",
        };
    }
}
