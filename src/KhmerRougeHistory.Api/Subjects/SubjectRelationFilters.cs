using System.Linq.Expressions;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying.Filtering;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>
/// The <c>where</c> fields of a subject's claim lists (its relations, <c>mentionedIn</c>), named after the list fields
/// they filter and holding the same claims.
/// </summary>
public static class SubjectRelationFilters
{
    /// <summary><c>mentionedIn</c>: every claim whose value is the subject, deprecated ones hidden.</summary>
    public static IFilterField MentionedIn<TSubject>()
        where TSubject : Subject => Over<TSubject>(
            "mentionedIn",
            "Claims whose value is this entity (memberships of an organization, participants of an event, places within a place).",
            s => s.Mentions,
            c => c.Rank != Rank.Deprecated);

    /// <summary>A list filter over the claims <paramref name="claims"/> reaches that satisfy <paramref name="shown"/>.</summary>
    public static IFilterField Over<TSubject>(
        string name, string description, Expression<Func<TSubject, IEnumerable<Claim>>> claims, Expression<Func<Claim, bool>> shown)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var list = Expression.Lambda<Func<TSubject, IEnumerable<Claim>>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(Claim)], claims.Body, shown), claims.Parameters);
        return new ListFilterField<TSubject, Claim>(name, description, list, ClaimModule.Filter, typeof(ClaimModule.ListWhere));
    }
}
