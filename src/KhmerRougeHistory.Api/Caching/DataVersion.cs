using KhmerRougeHistory.Api.Data;

namespace KhmerRougeHistory.Api.Caching;

/// <summary>
/// The hash of the curated data the database was built from (the <c>dataVersion</c> field), read once: the
/// database is only ever rebuilt before the application serves, so it cannot change while it runs.
/// </summary>
internal sealed class DataVersion
{
    public DataVersion(HistoryDatabase database)
        : this(DatabaseInspection.ReadDataHashAsync(database, CancellationToken.None).GetAwaiter().GetResult()
            ?? throw new InvalidOperationException(
                $"The history database ({database.Location}) has no data version: prepare it (PrepareHistoryDatabaseAsync) before mapping the GraphQL endpoint."))
    {
    }

    public DataVersion(string value) => Value = value;

    public string Value { get; }
}
