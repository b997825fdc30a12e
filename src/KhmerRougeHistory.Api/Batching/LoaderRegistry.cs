using System.Collections.Concurrent;

namespace KhmerRougeHistory.Api.Batching;

/// <summary>
/// The batch loaders of one request, by name. Scoped: a loader batches and caches only within its request,
/// so nothing leaks between clients and memory is freed with the request.
/// </summary>
public sealed class LoaderRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch, missing));

    public void Dispose()
    {
        foreach (var loader in _loaders.Values.OfType<IDisposable>())
        {
            loader.Dispose();
        }
    }
}
