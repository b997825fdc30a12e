namespace KhmerRougeHistory.Api.Import.Sqlite;

/// <summary>
/// One build of a database file at a time, across processes: an exclusive lock on <c>PATH.lock</c> beside it (.NET
/// takes an OS lock, flock, on a file opened with <see cref="FileShare.None"/>). The kernel releases it when the
/// process ends, however it ends, so a crashed build never blocks the next. The small lock file stays: deleting it
/// on release would let a process that opened it just before lock a file nobody else sees.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    private static readonly TimeSpan _pollInterval = TimeSpan.FromMilliseconds(100);

    // The errno .NET reports (as the HResult) when flock finds the file locked; other errors (a read-only file system,
    // permissions) are not contention and must not be waited out.
    private const int WouldBlock = 11;

    private readonly FileStream _file;

    private BuildLock(FileStream file) => _file = file;

    public static string PathFor(string databasePath) => databasePath + ".lock";

    /// <summary>Waits up to <paramref name="timeout"/> for the lock; another process holding it longer is an error.</summary>
    public static async Task<BuildLock> AcquireAsync(string databasePath, TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        var path = PathFor(databasePath);
        var deadline = clock.GetUtcNow() + timeout;
        while (true)
        {
            try
            {
                return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (e.HResult == WouldBlock && clock.GetUtcNow() < deadline)
            {
                // Held by another build: wait for it.
                await Task.Delay(_pollInterval, clock, cancellationToken);
            }
            catch (IOException e) when (e.HResult == WouldBlock)
            {
                throw new TimeoutException($"Another process has been building {databasePath} for more than {timeout.TotalSeconds:0} s (it holds {path}).");
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
