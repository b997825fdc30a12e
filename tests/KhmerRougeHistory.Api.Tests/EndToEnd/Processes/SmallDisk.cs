using System.Diagnostics;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>A tmpfs of a few hundred KiB mounted for one test (root only), to fill up as a full disk does.</summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static SmallDisk Mount(string path, int sizeKiB)
    {
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={sizeKiB}k", "tmpfs", path);
        return new SmallDisk(path);
    }

    public void Dispose() => Run("umount", Path);

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(command, arguments);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}.");
        }
    }
}
