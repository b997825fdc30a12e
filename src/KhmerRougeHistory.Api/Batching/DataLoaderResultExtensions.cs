using GraphQL.DataLoader;

namespace KhmerRougeHistory.Api.Batching;

/// <summary>
/// Chains batch loads. The continuation's own load is returned unawaited, so graphql-dotnet queues it and
/// completes it with the other loads of the same level: one statement for all of them, not one each.
/// </summary>
public static class DataLoaderResultExtensions
{
    public static IDataLoaderResult<TNext> Then<T, TNext>(this IDataLoaderResult<T> result, Func<T, IDataLoaderResult<TNext>> next) =>
        new Chained<T, TNext>(result, next);

    public static IDataLoaderResult<TNext> Then<T, TNext>(this IDataLoaderResult<T> result, Func<T, TNext> map) =>
        new Mapped<T, TNext>(result, map);

    /// <summary>Several loads of one loader as one list, in the keys' order, without the missing ones.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(this IEnumerable<IDataLoaderResult<T?>> results)
        where T : class => new Combined<T>([.. results]);

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
