namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// The build lock of a database file, held by the test as a building process would hold it (the same OS lock on
/// <c>PATH.lock</c>), so that servers started meanwhile are all waiting when it is let go.
/// </summary>
internal sealed class HeldBuildLock : IDisposable
{
    private readonly FileStream _file;

    public HeldBuildLock(string databasePath) =>
        _file = new FileStream(databasePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

    public void Dispose() => _file.Dispose();
}
