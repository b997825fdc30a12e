using GraphQL.DataLoader;

namespace KhmerRougeHistory.Api.Batching;

/// <summary>
/// Collects the keys that resolvers of one execution level ask for and fetches them with one query when the
/// first result is awaited (graphql-dotnet awaits <see cref="IDataLoaderResult"/>s after the whole level has
/// been resolved). Every key gets an answer: the fetched value, or <paramref name="missing"/>.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing) : IDisposable
    where TKey : notnull
{
    private readonly List<TKey> _queued = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_queued)
        {
            if (!_loaded.ContainsKey(key) && !_queued.Contains(key))
            {
                _queued.Add(key);
            }
        }

        return new Pending(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded.TryGetValue(key, out var value))
            {
                return value;
            }

            List<TKey> batch;
            lock (_queued)
            {
                batch = [.. _queued];
                _queued.Clear();
            }

            if (!batch.Contains(key))
            {
                batch.Add(key);
            }

            var fetched = await fetch(batch, cancellationToken);
            foreach (var k in batch)
            {
                _loaded[k] = fetched.TryGetValue(k, out var v) ? v : missing;
            }

            return _loaded[key];
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
