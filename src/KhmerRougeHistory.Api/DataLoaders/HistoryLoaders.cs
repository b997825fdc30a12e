using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Batching;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Sources;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.DataLoaders;

/// <summary>
/// Every relation of the graph, loaded in batches: each method queues a key and the whole level is fetched
/// with one <c>IN (...)</c> statement (<see cref="HistoryStatements"/>), run as a prepared command on a kept
/// connection. Lists come back in a stable order with the key as tie-break.
/// </summary>
public sealed class HistoryLoaders(SqlRows sql, HistoryStatements statements, LoaderRegistry registry)
{
    private static readonly object?[] _noValues = [];

    public IDataLoaderResult<Subject?> Subject(string key) =>
        registry.Get<string, Subject?>("subject", (keys, ct) => ByKeyAsync(statements.SubjectsByKey, statements.Subjects, keys, s => s.Key, ct), null).Load(key);

    public IDataLoaderResult<Source?> Source(string key) =>
        registry.Get<string, Source?>("source", (keys, ct) => ByKeyAsync(statements.SourcesByKey, statements.Sources, keys, s => s.Key, ct), null).Load(key);

    public IDataLoaderResult<Claim?> Claim(string id) =>
        registry.Get<string, Claim?>("claim", (ids, ct) => ByKeyAsync(statements.ClaimsById, statements.Claims, ids, c => c.Id, ct), null).Load(id);

    public IDataLoaderResult<Citation?> Citation(string id) =>
        registry.Get<string, Citation?>("citation", (ids, ct) => ByKeyAsync(statements.CitationsById, statements.Citations, ids, c => c.Id, ct), null).Load(id);

    public IDataLoaderResult<ClaimGroup?> Group(string id) =>
        registry.Get<string, ClaimGroup?>("group", (ids, ct) => ByKeyAsync(statements.GroupsById, statements.Groups, ids, g => g.Id, ct), null).Load(id);

    public IDataLoaderResult<IReadOnlyList<Citation>> CitationsOfClaim(string claimId) =>
        registry.Get<string, IReadOnlyList<Citation>>("citations-of-claim", (ids, ct) => ListsAsync(
            statements.CitationsOfClaims.With(ids), statements.Citations, c => c.ClaimId, ct), []).Load(claimId);

    public IDataLoaderResult<IReadOnlyList<Claim>> ClaimsOfGroup(string groupId) =>
        registry.Get<string, IReadOnlyList<Claim>>("claims-of-group", (ids, ct) => ListsAsync(
            statements.ClaimsOfGroups.With(ids), statements.Claims, c => c.GroupId!, ct), []).Load(groupId);

    /// <summary>A subject's claims of some properties (all when none are given), deprecated ones only when asked.</summary>
    public IDataLoaderResult<IReadOnlyList<Claim>> ClaimsOfSubject(string subjectKey, IReadOnlyCollection<ClaimProperty>? properties, bool includeDeprecated = false)
    {
        var variant = $"claims-of-subject|{Variant(properties)}|{includeDeprecated}";
        return registry.Get<string, IReadOnlyList<Claim>>(variant, (keys, ct) =>
        {
            var values = Properties(properties);
            var statement = (values.Length > 0, includeDeprecated) switch
            {
                (false, true) => statements.ClaimsOfSubjects.With(keys),
                (false, false) => statements.ClaimsOfSubjectsNotDeprecated.With(keys, Deprecated),
                (true, true) => statements.ClaimsOfSubjectsByProperty.With(keys, values),
                (true, false) => statements.ClaimsOfSubjectsByPropertyNotDeprecated.With(keys, values, Deprecated),
            };
            return ListsAsync(statement, statements.Claims, c => c.SubjectKey, ct);
        }, []).Load(subjectKey);
    }

    /// <summary>Claims whose value is this subject ("who was a member of X", "who took part in Y").</summary>
    public IDataLoaderResult<IReadOnlyList<Claim>> ClaimsAbout(string subjectKey, IReadOnlyCollection<ClaimProperty>? properties)
    {
        var variant = $"claims-about|{Variant(properties)}";
        return registry.Get<string, IReadOnlyList<Claim>>(variant, (keys, ct) =>
        {
            var values = Properties(properties);
            var statement = values.Length > 0
                ? statements.ClaimsAboutSubjectsByProperty.With(keys, values, Deprecated)
                : statements.ClaimsAboutSubjects.With(keys, Deprecated);
            return ListsAsync(statement, statements.Claims, c => c.ValueSubjectKey!, ct);
        }, []).Load(subjectKey);
    }

    /// <summary>The claims a source states that another claim of the same group contradicts.</summary>
    public IDataLoaderResult<IReadOnlyList<Claim>> DisputedClaimsOfSource(string sourceKey) =>
        registry.Get<string, IReadOnlyList<Claim>>("disputed-of-source", (keys, ct) => JoinedListsAsync(
            statements.DisputedClaimsOfSources.With(keys, [statements.Claims.ToProvider(nameof(Claims.Claim.Agreement), AgreementStatus.Disputed)]),
            statements.Claims, c => c.Id, ct), []).Load(sourceKey);

    /// <summary>The entities a subject's relation claims of one property point at, joined in the same statement.</summary>
    public IDataLoaderResult<IReadOnlyList<Subject>> RelatedSubjects(string subjectKey, ClaimProperty property) =>
        registry.Get<string, IReadOnlyList<Subject>>($"related|{property}", (keys, ct) => JoinedListsAsync(
            statements.RelatedSubjects.With(keys, [statements.Claims.ToProvider(nameof(Claims.Claim.Property), property)], Deprecated),
            statements.Subjects, s => s.Key, ct), []).Load(subjectKey);

    public IDataLoaderResult<IReadOnlyList<ClaimGroup>> GroupsOfSubject(string subjectKey) =>
        registry.Get<string, IReadOnlyList<ClaimGroup>>("groups-of-subject", (keys, ct) => ListsAsync(
            statements.GroupsOfSubjects.With(keys), statements.Groups, g => g.SubjectKey, ct), []).Load(subjectKey);

    private object?[] Deprecated => [statements.Claims.ToProvider(nameof(Claims.Claim.Rank), Rank.Deprecated)];

    private object?[] Properties(IReadOnlyCollection<ClaimProperty>? properties) =>
        properties is { Count: > 0 } ? [.. properties.Select(p => statements.Claims.ToProvider(nameof(Claims.Claim.Property), p))] : _noValues;

    private static string Variant(IReadOnlyCollection<ClaimProperty>? properties) =>
        properties is { Count: > 0 } ? string.Join(',', properties.Order()) : "*";

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

    /// <summary>Rows of a join: the parent's key first, then the entity; an entity reached twice from one parent is kept once.</summary>
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
