namespace KhmerRougeHistory.Api.Tests.Processes;

/// <summary>The settings a fault test starts a server process with.</summary>
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
}
