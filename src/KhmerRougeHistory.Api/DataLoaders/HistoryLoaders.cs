using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Batching;
using KhmerRougeHistory.Api.Data.Sql;

namespace KhmerRougeHistory.Api.DataLoaders;

/// <summary>
/// The request's batch loaders: each load queues a key, and the whole level is fetched with one <c>IN (…)</c>
/// statement, run as a prepared command on a kept connection. Lists come back in a stable order with the key as
/// tie-break. What each entity loads is in its folder (<c>Claims/ClaimLoaders</c>, <c>Subjects/SubjectLoaders</c>…),
/// written on these three shapes: one row per key, a list per key, and a list per key reached through a join.
/// </summary>
public sealed class HistoryLoaders(SqlRows sql, LoaderStatements statements, LoaderRegistry registry)
{
    /// <summary>An entity's statements, built once for the process.</summary>
    public T Statements<T>()
        where T : class => statements.Get<T>();

    /// <summary>
    /// The row of <paramref name="table"/> whose key is <paramref name="id"/>, or null. Loads of one
    /// <paramref name="name"/> share a batch, so each statement has a name of its own.
    /// </summary>
    public IDataLoaderResult<T?> ByKey<T>(string name, SqlTemplate byKeys, EntityTable<T> table, Func<T, string> key, string id)
        where T : class =>
        (registry.TryGet<string, T?>(name, out var loader) ? loader : NewByKeyLoader(name, byKeys, table, key)).Load(id);

    /// <summary>
    /// The rows whose <paramref name="parent"/> is <paramref name="parentKey"/>, in the statement's order. The statement
    /// is written from <paramref name="state"/> (pass a static lambda), so that a load allocates no closure.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<T>> ListsOf<T, TState>(
        string name, TState state, Func<TState, IReadOnlyList<string>, SqlStatement> statement, EntityTable<T> table, Func<T, string> parent, string parentKey)
        where T : class =>
        (registry.TryGet<string, IReadOnlyList<T>>(name, out var loader) ? loader : NewListsLoader(name, state, statement, table, parent)).Load(parentKey);

    /// <summary>
    /// The rows a join reaches from <paramref name="parentKey"/>: the statement returns the parent's key first, then the
    /// entity; one reached twice from a parent is kept once.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<T>> JoinedListsOf<T, TState>(
        string name, TState state, Func<TState, IReadOnlyList<string>, SqlStatement> statement, EntityTable<T> table, Func<T, string> identity, string parentKey)
        where T : class =>
        (registry.TryGet<string, IReadOnlyList<T>>(name, out var loader) ? loader : NewJoinedListsLoader(name, state, statement, table, identity)).Load(parentKey);

    // The fetches are built in methods of their own: a lambda's captured parameters are allocated on entry to the
    // method that declares it, so a closure in the loads above would cost every load, not only a level's first.
    private BatchLoader<string, T?> NewByKeyLoader<T>(string name, SqlTemplate byKeys, EntityTable<T> table, Func<T, string> key)
        where T : class =>
        registry.Get<string, T?>(name, (keys, ct) => ByKeyAsync(byKeys, table, keys, key, ct), null);

    private BatchLoader<string, IReadOnlyList<T>> NewListsLoader<T, TState>(
        string name, TState state, Func<TState, IReadOnlyList<string>, SqlStatement> statement, EntityTable<T> table, Func<T, string> parent)
        where T : class =>
        registry.Get<string, IReadOnlyList<T>>(name, (keys, ct) => ListsAsync(statement(state, keys), table, parent, ct), []);

    private BatchLoader<string, IReadOnlyList<T>> NewJoinedListsLoader<T, TState>(
        string name, TState state, Func<TState, IReadOnlyList<string>, SqlStatement> statement, EntityTable<T> table, Func<T, string> identity)
        where T : class =>
        registry.Get<string, IReadOnlyList<T>>(name, (keys, ct) => JoinedListsAsync(statement(state, keys), table, identity, ct), []);

    private async Task<IReadOnlyDictionary<string, T?>> ByKeyAsync<T>(
        SqlTemplate template, EntityTable<T> table, IReadOnlyList<string> keys, Func<T, string> key, CancellationToken cancellationToken)
        where T : class
    {
        var rows = await sql.ReadAsync(template.With(keys), reader => table.Read(reader), cancellationToken);
        var byKey = new Dictionary<string, T?>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            byKey[key(row)] = row;
        }

        return byKey;
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> ListsAsync<T>(
        SqlStatement statement, EntityTable<T> table, Func<T, string> parent, CancellationToken cancellationToken)
        where T : class
    {
        var rows = await sql.ReadAsync(
            statement,
            reader =>
            {
                var item = table.Read(reader);
                return (parent(item), item);
            },
            cancellationToken);
        return Group(rows, distinct: null);
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> JoinedListsAsync<T>(
        SqlStatement statement, EntityTable<T> table, Func<T, string> identity, CancellationToken cancellationToken)
        where T : class
    {
        var rows = await sql.ReadAsync(statement, reader => (reader.GetString(0), table.Read(reader, 1)), cancellationToken);
        return Group(rows, identity);
    }

    private static Dictionary<string, IReadOnlyList<T>> Group<T>(List<(string Parent, T Item)> rows, Func<T, string>? distinct)
    {
        var lists = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var seen = distinct is null ? null : new HashSet<(string, string)>();
        foreach (var (parent, item) in rows)
        {
            if (seen is not null && !seen.Add((parent, distinct!(item))))
            {
                continue;
            }

            if (!lists.TryGetValue(parent, out var list))
            {
                lists[parent] = list = [];
            }

            list.Add(item);
        }

        return lists.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<T>)pair.Value, StringComparer.Ordinal);
    }
}
