namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>A test that needs root (mounting a file system); skipped, and said so, for other users. CI runs as root.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Environment.UserName != "root")
        {
            Skip = "Needs root (mounts a tmpfs); CI runs as root.";
        }
    }
}
