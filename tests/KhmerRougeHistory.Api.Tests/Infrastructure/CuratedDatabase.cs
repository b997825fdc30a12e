using KhmerRougeHistory.Api.Import;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>
/// The real database, built once per test run by the real importer from the real curated data, and the
/// dataset it was built from. Tests only read it.
/// </summary>
public sealed class CuratedDatabase : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();

    public string FilePath => _directory.File("history.db");

    public HistoryDataset Dataset { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Dataset = await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, FilePath, TimeProvider.System);

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _directory.Dispose();
}
