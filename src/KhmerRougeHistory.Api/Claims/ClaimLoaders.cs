using GraphQL.DataLoader;
using KhmerRougeHistory.Api.DataLoaders;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>How claims, their citations and their groups are loaded, a level's keys in one statement.</summary>
public static class ClaimLoaders
{
    public static IDataLoaderResult<Claim?> Claim(this HistoryLoaders loaders, string id)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<ClaimStatements>();
        return loaders.ByKey("claim", sql.ClaimsById, sql.Claims, c => c.Id, id);
    }

    public static IDataLoaderResult<Citation?> Citation(this HistoryLoaders loaders, string id)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<ClaimStatements>();
        return loaders.ByKey("citation", sql.CitationsById, sql.Citations, c => c.Id, id);
    }

    public static IDataLoaderResult<ClaimGroup?> Group(this HistoryLoaders loaders, string id)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<ClaimStatements>();
        return loaders.ByKey("group", sql.GroupsById, sql.Groups, g => g.Id, id);
    }

    /// <summary>A claim's citations, in the editors' order.</summary>
    public static IDataLoaderResult<IReadOnlyList<Citation>> CitationsOfClaim(this HistoryLoaders loaders, string claimId)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<ClaimStatements>();
        return loaders.ListsOf("citations-of-claim", sql, static (sql, ids) => sql.CitationsOfClaims.With(ids), sql.Citations, c => c.ClaimId, claimId);
    }

    /// <summary>The claims of a group: the values its sources give for one property of one subject.</summary>
    public static IDataLoaderResult<IReadOnlyList<Claim>> ClaimsOfGroup(this HistoryLoaders loaders, string groupId)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var sql = loaders.Statements<ClaimStatements>();
        return loaders.ListsOf("claims-of-group", sql, static (sql, ids) => sql.ClaimsOfGroups.With(ids), sql.Claims, c => c.GroupId!, groupId);
    }
}
