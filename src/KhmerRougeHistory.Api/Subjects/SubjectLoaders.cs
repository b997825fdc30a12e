using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.DataLoaders;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>
/// How subjects (persons, organizations, sites, events alike) and their claims are loaded, a level's keys in one
/// statement: a person's claims are loaded here, as every subject's are.
/// </summary>
public static class SubjectLoaders
{
    private static readonly object?[] _noValues = [];

    public static IDataLoaderResult<Subject?> Subject(this HistoryLoaders loaders, string key)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<SubjectStatements>();
        return loaders.ByKey("subject", sql.SubjectsByKey, sql.Subjects, s => s.Key, key);
    }

    /// <summary>A subject's claims of some properties (all when none are given), deprecated ones only when asked.</summary>
    public static IDataLoaderResult<IReadOnlyList<Claim>> ClaimsOfSubject(
        this HistoryLoaders loaders, string subjectKey, IReadOnlyCollection<ClaimProperty>? properties, bool includeDeprecated = false)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<SubjectStatements>();
        return loaders.ListsOf(
            $"claims-of-subject|{Variant(properties)}|{includeDeprecated}",
            (sql, properties, includeDeprecated),
            static (state, keys) =>
            {
                var (sql, properties, includeDeprecated) = state;
                var values = Properties(sql, properties);
                return (values.Length > 0, includeDeprecated) switch
                {
                    (false, true) => sql.ClaimsOfSubjects.With(keys),
                    (false, false) => sql.ClaimsOfSubjectsNotDeprecated.With(keys, Deprecated(sql)),
                    (true, true) => sql.ClaimsOfSubjectsByProperty.With(keys, values),
                    (true, false) => sql.ClaimsOfSubjectsByPropertyNotDeprecated.With(keys, values, Deprecated(sql)),
                };
            },
            sql.Claims,
            c => c.SubjectKey,
            subjectKey);
    }

    /// <summary>Claims whose value is this subject ("who was a member of X", "who took part in Y").</summary>
    public static IDataLoaderResult<IReadOnlyList<Claim>> ClaimsAbout(this HistoryLoaders loaders, string subjectKey, IReadOnlyCollection<ClaimProperty>? properties)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<SubjectStatements>();
        return loaders.ListsOf(
            $"claims-about|{Variant(properties)}",
            (sql, properties),
            static (state, keys) =>
            {
                var (sql, properties) = state;
                var values = Properties(sql, properties);
                return values.Length > 0
                    ? sql.ClaimsAboutSubjectsByProperty.With(keys, values, Deprecated(sql))
                    : sql.ClaimsAboutSubjects.With(keys, Deprecated(sql));
            },
            sql.Claims,
            c => c.ValueSubjectKey!,
            subjectKey);
    }

    /// <summary>The entities a subject's relation claims of one property point at, joined in the same statement.</summary>
    public static IDataLoaderResult<IReadOnlyList<Subject>> RelatedSubjects(this HistoryLoaders loaders, string subjectKey, ClaimProperty property)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<SubjectStatements>();
        return loaders.JoinedListsOf(
            $"related|{property}",
            (sql, property),
            static (state, keys) => state.sql.RelatedSubjects.With(keys, [state.sql.Claims.ToProvider(nameof(Claim.Property), state.property)], Deprecated(state.sql)),
            sql.Subjects,
            s => s.Key,
            subjectKey);
    }

    /// <summary>A subject's claim groups: what its sources say per property, with their agreement.</summary>
    public static IDataLoaderResult<IReadOnlyList<ClaimGroup>> GroupsOfSubject(this HistoryLoaders loaders, string subjectKey)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<SubjectStatements>();
        return loaders.ListsOf("groups-of-subject", sql, static (sql, keys) => sql.GroupsOfSubjects.With(keys), sql.Groups, g => g.SubjectKey, subjectKey);
    }

    private static object?[] Deprecated(SubjectStatements sql) => [sql.Claims.ToProvider(nameof(Claim.Rank), Rank.Deprecated)];

    private static object?[] Properties(SubjectStatements sql, IReadOnlyCollection<ClaimProperty>? properties) =>
        properties is { Count: > 0 } ? [.. properties.Select(p => sql.Claims.ToProvider(nameof(Claim.Property), p))] : _noValues;

    private static string Variant(IReadOnlyCollection<ClaimProperty>? properties) =>
        properties is { Count: > 0 } ? string.Join(',', properties.Order()) : "*";
}
