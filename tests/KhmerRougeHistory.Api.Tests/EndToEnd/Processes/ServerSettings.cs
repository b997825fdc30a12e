using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>The settings the tests start a server process with.</summary>
public static class ServerSettings
{
    public static Dictionary<string, string?> For(string databasePath, bool buildOnStartup = true, string? dataDirectory = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:History"] = $"Data Source={databasePath}",
            ["Database:BuildOnStartup"] = buildOnStartup ? "true" : "false",
        };
        if (dataDirectory is not null)
        {
            settings["Database:DataDirectory"] = dataDirectory;
        }

        return settings;
    }

    /// <summary>
    /// The database opened as the container opens it (read-only, no build on start), and a rate-limit budget no test
    /// load can spend: every client of a test comes from 127.0.0.1 and so shares one bucket, whose default (10,000
    /// points, 100 a second) a few hundred requests a second would empty within seconds and turn good requests into 429s.
    /// </summary>
    public static Dictionary<string, string?> Unthrottled(CuratedDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var settings = For(database.FilePath, buildOnStartup: false);
        settings["RateLimiting:TokenLimit"] = "1000000000";
        settings["RateLimiting:TokensPerPeriod"] = "1000000000";
        return settings;
    }
}
