using System.Linq.Expressions;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying.Filtering;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>
/// The <c>where</c> fields of a subject's relation lists (a person's memberships, a site's events), named after the
/// list fields they filter and holding the same claims: of the given properties, deprecated ones hidden.
/// </summary>
public static class SubjectRelationFilters
{
    /// <summary>Relation claims made about the subject: their value is the related entity (a person's memberships).</summary>
    public static IFilterField From<TSubject>(string name, string description, params ClaimProperty[] properties)
        where TSubject : Subject => Relation<TSubject>(name, description, s => s.Claims, properties);

    /// <summary>Relation claims whose value is the subject: their subject is the related entity (an organization's members).</summary>
    public static IFilterField To<TSubject>(string name, string description, params ClaimProperty[] properties)
        where TSubject : Subject => Relation<TSubject>(name, description, s => s.Mentions, properties);

    /// <summary><c>mentionedIn</c>: every claim whose value is the subject.</summary>
    public static IFilterField MentionedIn<TSubject>()
        where TSubject : Subject => Relation<TSubject>(
            "mentionedIn",
            "Claims whose value is this entity (memberships of an organization, participants of an event, places within a place).",
            s => s.Mentions,
            properties: null);

    private static ListFilterField<TSubject, Claim> Relation<TSubject>(
        string name, string description, Expression<Func<TSubject, IEnumerable<Claim>>> claims, ClaimProperty[]? properties)
    {
        Expression<Func<Claim, bool>> shown = properties is null
            ? c => c.Rank != Rank.Deprecated
            : c => Enumerable.Contains(properties, c.Property) && c.Rank != Rank.Deprecated;
        var list = Expression.Lambda<Func<TSubject, IEnumerable<Claim>>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(Claim)], claims.Body, shown), claims.Parameters);
        return new ListFilterField<TSubject, Claim>(name, description, list, ClaimQuery.Definition.Filter, typeof(ClaimListFilterInputType));
    }
}
