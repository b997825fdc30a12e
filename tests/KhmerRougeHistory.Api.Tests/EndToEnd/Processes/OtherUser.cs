using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

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

    private static readonly Lazy<int?> _serverUser = new(() => TestsRunAsRoot ? CheckedNobody() : null);

    /// <summary>The uid to run the server as, or null for the tests' own user.</summary>
    public static int? ServerUser => _serverUser.Value;

    // nobody must be able to reach the built application and the curated data: a checkout under a folder only root
    // may enter would fail every such test with a confusing start-up error, so say so once, plainly.
    private static int CheckedNobody()
    {
        var dll = Path.Combine(ApiProcess.ApplicationDirectory, "KhmerRougeHistory.Api.dll");
        using var check = System.Diagnostics.Process.Start("setpriv", [$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--", "test", "-r", dll, "-a", "-r", Path.Combine(RepositoryPaths.DataDirectory, "sources.json")]);
        check.WaitForExit();
        return check.ExitCode == 0
            ? Nobody
            : throw new InvalidOperationException($"The tests run the server as nobody (uid {Nobody}), who cannot read {dll} or the curated data: give the checkout's folders o+rx.");
    }

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
