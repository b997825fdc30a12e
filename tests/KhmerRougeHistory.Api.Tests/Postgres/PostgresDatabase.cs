using KhmerRougeHistory.Api.Import;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>
/// The curated data imported into a schema of the test server by the real importer, once per test run; the
/// PostgreSQL counterpart of <see cref="Infrastructure.CuratedDatabase"/>. Tests only read it.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public PostgresSchema Schema { get; } = new();

    public async Task InitializeAsync()
    {
        // Nothing to build when the tests are skipped; on CI a missing server fails every test of the collection.
        if (PostgresServer.SkipReason is null)
        {
            await HistoryImporter.ImportAsync(Schema.Database.DataDirectory, Schema.Database, TimeProvider.System);
        }
    }

    public Task DisposeAsync()
    {
        Schema.Dispose();
        return Task.CompletedTask;
    }
}
