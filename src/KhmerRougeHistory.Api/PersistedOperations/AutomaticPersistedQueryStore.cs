using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.PersistedOperations;

/// <summary>
/// The queries clients registered with automatic persisted queries, by the lower-case hex SHA-256 of their text.
/// Bounded by <see cref="PersistedOperationsOptions.AutomaticPersistedQueryStoreSize"/> characters: anyone may
/// register, so a flood of registrations only evicts older entries, whose clients register them again.
/// </summary>
internal sealed class AutomaticPersistedQueryStore(IOptions<PersistedOperationsOptions> options) : IDisposable
{
    private readonly MemoryCache _queries = new(new MemoryCacheOptions { SizeLimit = options.Value.AutomaticPersistedQueryStoreSize });

    public string? Find(string hash) => _queries.TryGetValue(hash.ToLowerInvariant(), out string? query) ? query : null;

    public void Add(string hash, string query) =>
        _queries.Set(hash.ToLowerInvariant(), query, new MemoryCacheEntryOptions { Size = Math.Max(query.Length, 1) });

    public void Dispose() => _queries.Dispose();
}
