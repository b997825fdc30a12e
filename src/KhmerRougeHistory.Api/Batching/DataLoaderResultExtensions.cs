using GraphQL.DataLoader;

namespace KhmerRougeHistory.Api.Batching;

/// <summary>
/// Chains batch loads. The continuation's own load is returned unawaited, so graphql-dotnet queues it and
/// completes it with the other loads of the same level: one statement for all of them, not one each.
/// </summary>
public static class DataLoaderResultExtensions
{
    private const int ShortList = 16;

    public static IDataLoaderResult<TNext> Then<T, TNext>(this IDataLoaderResult<T> result, Func<T, IDataLoaderResult<TNext>> next) =>
        new Chained<T, TNext>(result, next);

    public static IDataLoaderResult<TNext> Then<T, TNext>(this IDataLoaderResult<T> result, Func<T, TNext> map) =>
        new Mapped<T, TNext>(result, map);

    /// <summary>
    /// The rows that <paramref name="load"/> finds for each distinct key of <paramref name="items"/>, as one list in the
    /// order the keys first occur, without the missing ones (the sources a claim's citations name).
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<T>> LoadEach<TItem, T>(this IReadOnlyList<TItem> items, Func<TItem, string> key, Func<string, IDataLoaderResult<T?>> load)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(load);

        // Lists are mostly short (a claim's citations): repeats are found by looking back, without a set to allocate.
        var seen = items.Count > ShortList ? new HashSet<string>(StringComparer.Ordinal) : null;
        var loads = new List<IDataLoaderResult<T?>>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var current = key(items[i]);
            var repeated = seen?.Add(current) == false;
            for (var j = 0; seen is null && j < i && !repeated; j++)
            {
                repeated = string.Equals(key(items[j]), current, StringComparison.Ordinal);
            }

            if (!repeated)
            {
                loads.Add(load(current));
            }
        }

        return new Combined<T>(loads);
    }

    private sealed class Chained<T, TNext>(IDataLoaderResult<T> first, Func<T, IDataLoaderResult<TNext>> next) : IDataLoaderResult<TNext>
    {
        public async Task<TNext> GetResultAsync(CancellationToken cancellationToken = default) =>
            await next(await first.GetResultAsync(cancellationToken)).GetResultAsync(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            next(await first.GetResultAsync(cancellationToken));
    }

    private sealed class Mapped<T, TNext>(IDataLoaderResult<T> first, Func<T, TNext> map) : IDataLoaderResult<TNext>
    {
        public async Task<TNext> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await first.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Combined<T>(List<IDataLoaderResult<T?>> results) : IDataLoaderResult<IReadOnlyList<T>>
        where T : class
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var items = new List<T>(results.Count);
            foreach (var result in results)
            {
                if (await result.GetResultAsync(cancellationToken) is { } item)
                {
                    items.Add(item);
                }
            }

            return items;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
