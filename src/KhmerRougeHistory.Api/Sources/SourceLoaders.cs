using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.DataLoaders;

namespace KhmerRougeHistory.Api.Sources;

/// <summary>How sources, and the disputed claims they state, are loaded, a level's keys in one statement.</summary>
public static class SourceLoaders
{
    public static IDataLoaderResult<Source?> Source(this HistoryLoaders loaders, string key)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<SourceStatements>();
        return loaders.ByKey("source", sql.SourcesByKey, sql.Sources, s => s.Key, key);
    }

    /// <summary>The claims a source states that another claim of the same group contradicts.</summary>
    public static IDataLoaderResult<IReadOnlyList<Claim>> DisputedClaimsOfSource(this HistoryLoaders loaders, string sourceKey)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<SourceStatements>();
        return loaders.JoinedListsOf(
            "disputed-of-source",
            sql,
            static (sql, keys) => sql.DisputedClaimsOfSources.With(keys, [sql.Claims.ToProvider(nameof(Claim.Agreement), AgreementStatus.Disputed)]),
            sql.Claims,
            c => c.Id,
            sourceKey);
    }
}
