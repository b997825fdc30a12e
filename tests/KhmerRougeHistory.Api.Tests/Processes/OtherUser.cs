namespace KhmerRougeHistory.Api.Tests.Processes;

/// <summary>
/// A server process that cannot write a folder, as the container runs the API (a non-root user and files it does not
/// own). Root may write anything, so when the tests run as root (CI) the server runs as <c>nobody</c>; otherwise the
/// folder's write bits are taken away.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class OtherUser
{
    private const int Nobody = 65534;

    public static bool TestsRunAsRoot => Environment.UserName == "root";

    /// <summary>The uid to run the server as, or null for the tests' own user.</summary>
    public static int? ServerUser => TestsRunAsRoot ? Nobody : null;

    /// <summary>Makes <paramref name="folder"/> and its files readable but not writable by the server process.</summary>
    public static void DenyWrites(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    /// <summary>Gives the write bits back, so that the folder can be deleted.</summary>
    public static void AllowWrites(string folder) =>
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
}
