using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Sources;
using KhmerRougeHistory.Api.Subjects;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.DataLoaders;

/// <summary>
/// Every relation of the graph, loaded in batches: each method queues a key and the whole level is fetched
/// with one <c>IN (...)</c> statement. Lists come back in a stable order with the key as tie-break.
/// </summary>
public sealed class HistoryLoaders(IDbContextFactory<HistoryDbContext> contexts, LoaderRegistry registry)
{
    public IDataLoaderResult<Subject?> Subject(string key) =>
        registry.Get<string, Subject?>("subject", (keys, ct) => FetchAsync(db => db.Subjects.Where(s => keys.Contains(s.Key)), s => s.Key, ct), null).Load(key);

    public IDataLoaderResult<Source?> Source(string key) =>
        registry.Get<string, Source?>("source", (keys, ct) => FetchAsync(db => db.Sources.Where(s => keys.Contains(s.Key)), s => s.Key, ct), null).Load(key);

    public IDataLoaderResult<Claim?> Claim(string id) =>
        registry.Get<string, Claim?>("claim", (ids, ct) => FetchAsync(db => db.Claims.Where(c => ids.Contains(c.Id)), c => c.Id, ct), null).Load(id);

    public IDataLoaderResult<Citation?> Citation(string id) =>
        registry.Get<string, Citation?>("citation", (ids, ct) => FetchAsync(db => db.Citations.Where(c => ids.Contains(c.Id)), c => c.Id, ct), null).Load(id);

    public IDataLoaderResult<ClaimGroup?> Group(string id) =>
        registry.Get<string, ClaimGroup?>("group", (ids, ct) => FetchAsync(db => db.ClaimGroups.Where(g => ids.Contains(g.Id)), g => g.Id, ct), null).Load(id);

    public IDataLoaderResult<IReadOnlyList<Citation>> CitationsOfClaim(string claimId) =>
        registry.Get<string, IReadOnlyList<Citation>>("citations-of-claim", (ids, ct) => FetchListsAsync(
            db => db.Citations.Where(c => ids.Contains(c.ClaimId)).OrderBy(c => c.Ordinal).ThenBy(c => c.Id), c => c.ClaimId, ct), []).Load(claimId);

    public IDataLoaderResult<IReadOnlyList<Claim>> ClaimsOfGroup(string groupId) =>
        registry.Get<string, IReadOnlyList<Claim>>("claims-of-group", (ids, ct) => FetchListsAsync(
            db => db.Claims.Where(c => c.GroupId != null && ids.Contains(c.GroupId)).OrderBy(c => c.Id), c => c.GroupId!, ct), []).Load(groupId);

    /// <summary>A subject's claims of some properties (all when none are given), deprecated ones only when asked.</summary>
    public IDataLoaderResult<IReadOnlyList<Claim>> ClaimsOfSubject(string subjectKey, IReadOnlyCollection<ClaimProperty>? properties, bool includeDeprecated = false)
    {
        var variant = $"claims-of-subject|{Variant(properties)}|{includeDeprecated}";
        return registry.Get<string, IReadOnlyList<Claim>>(variant, (keys, ct) => FetchListsAsync(
            db => Filtered(db.Claims.Where(c => keys.Contains(c.SubjectKey)), properties, includeDeprecated).OrderBy(c => c.Property).ThenBy(c => c.Id),
            c => c.SubjectKey, ct), []).Load(subjectKey);
    }

    /// <summary>Claims whose value is this subject ("who was a member of X", "who took part in Y").</summary>
    public IDataLoaderResult<IReadOnlyList<Claim>> ClaimsAbout(string subjectKey, IReadOnlyCollection<ClaimProperty>? properties)
    {
        var variant = $"claims-about|{Variant(properties)}";
        return registry.Get<string, IReadOnlyList<Claim>>(variant, (keys, ct) => FetchListsAsync(
            db => Filtered(db.Claims.Where(c => c.ValueSubjectKey != null && keys.Contains(c.ValueSubjectKey)), properties, false).OrderBy(c => c.Property).ThenBy(c => c.Id),
            c => c.ValueSubjectKey!, ct), []).Load(subjectKey);
    }

    /// <summary>The claims a source states that another claim of the same group contradicts.</summary>
    public IDataLoaderResult<IReadOnlyList<Claim>> DisputedClaimsOfSource(string sourceKey) =>
        registry.Get<string, IReadOnlyList<Claim>>("disputed-of-source", async (keys, ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = await db.Citations.Where(c => keys.Contains(c.SourceKey) && c.Claim!.Agreement == AgreementStatus.Disputed)
                .OrderBy(c => c.Claim!.SubjectKey).ThenBy(c => c.Claim!.Property).ThenBy(c => c.ClaimId)
                .Select(c => new { c.SourceKey, c.Claim }).AsNoTracking().ToListAsync(ct);
            return rows.GroupBy(r => r.SourceKey, StringComparer.Ordinal).ToDictionary(
                g => g.Key, g => (IReadOnlyList<Claim>)[.. g.Select(r => r.Claim!).DistinctBy(c => c.Id)], StringComparer.Ordinal);
        }, []).Load(sourceKey);

    /// <summary>The entities a subject's relation claims of one property point at, joined in the same statement.</summary>
    public IDataLoaderResult<IReadOnlyList<Subject>> RelatedSubjects(string subjectKey, ClaimProperty property) =>
        registry.Get<string, IReadOnlyList<Subject>>($"related|{property}", async (keys, ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = await db.Claims.Where(c => keys.Contains(c.SubjectKey) && c.Property == property && c.Rank != Rank.Deprecated && c.ValueSubject != null)
                .OrderBy(c => c.ValueSubject!.Label).ThenBy(c => c.ValueSubjectKey)
                .Select(c => new { c.SubjectKey, c.ValueSubject }).AsNoTracking().ToListAsync(ct);
            return rows.GroupBy(r => r.SubjectKey, StringComparer.Ordinal).ToDictionary(
                g => g.Key, g => (IReadOnlyList<Subject>)[.. g.Select(r => r.ValueSubject!).DistinctBy(s => s.Key)], StringComparer.Ordinal);
        }, []).Load(subjectKey);

    public IDataLoaderResult<IReadOnlyList<ClaimGroup>> GroupsOfSubject(string subjectKey) =>
        registry.Get<string, IReadOnlyList<ClaimGroup>>("groups-of-subject", (keys, ct) => FetchListsAsync(
            db => db.ClaimGroups.Where(g => keys.Contains(g.SubjectKey)).OrderBy(g => g.Property).ThenBy(g => g.Id), g => g.SubjectKey, ct), []).Load(subjectKey);

    private static IQueryable<Claim> Filtered(IQueryable<Claim> claims, IReadOnlyCollection<ClaimProperty>? properties, bool includeDeprecated)
    {
        if (properties is { Count: > 0 })
        {
            claims = claims.Where(c => properties.Contains(c.Property));
        }

        return includeDeprecated ? claims : claims.Where(c => c.Rank != Rank.Deprecated);
    }

    private static string Variant(IReadOnlyCollection<ClaimProperty>? properties) =>
        properties is { Count: > 0 } ? string.Join(',', properties.Order()) : "*";

    private async Task<IReadOnlyDictionary<string, T?>> FetchAsync<T>(Func<HistoryDbContext, IQueryable<T>> query, Func<T, string> key, CancellationToken cancellationToken)
        where T : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await query(db).AsNoTracking().ToListAsync(cancellationToken);
        return rows.ToDictionary(key, r => (T?)r, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> FetchListsAsync<T>(Func<HistoryDbContext, IQueryable<T>> query, Func<T, string> key, CancellationToken cancellationToken)
        where T : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await query(db).AsNoTracking().ToListAsync(cancellationToken);
        return rows.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g], StringComparer.Ordinal);
    }
}
