using KhmerRougeHistory.Api.Import.Synthetic;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Performance;

/// <summary>A small synthetic database (3,000 persons, 30,000 claims), generated once for the class by the real generator.</summary>
public sealed class SyntheticDatabase : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();

    public static SyntheticDataSize Size { get; } = new(Persons: 3_000, Claims: 30_000, Sources: 50);

    public string FilePath => _directory.File("synthetic.db");

    public SyntheticDataSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync() => Summary = await SyntheticDataGenerator.GenerateAsync(Size, FilePath, TimeProvider.System);

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _directory.Dispose();
}
