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
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, static (_, made) => new BatchLoader<TKey, TValue>(made.fetch, made.missing), (fetch, missing));

    /// <summary>
    /// The loader of this name if the request has one already: every load after a level's first finds it, so a caller
    /// that builds its fetch only on a miss allocates nothing per load.
    /// </summary>
    public bool TryGet<TKey, TValue>(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BatchLoader<TKey, TValue>? loader)
        where TKey : notnull
    {
        var found = _loaders.TryGetValue(name, out var existing);
        loader = existing as BatchLoader<TKey, TValue>;
        return found && loader is not null;
    }

    public void Dispose()
    {
        foreach (var loader in _loaders.Values.OfType<IDisposable>())
        {
            loader.Dispose();
        }
    }
}
