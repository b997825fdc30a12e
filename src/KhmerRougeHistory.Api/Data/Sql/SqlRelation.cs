using System.Linq.Expressions;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>
/// The one shape <see cref="SqlPredicateWriter"/> reads as a condition on a to-one relation (a claim's subject, a
/// citation's source): <c>claim.Subject.Matches&lt;TRelated&gt;(r =&gt; …)</c> becomes an <c>EXISTS</c> over the related
/// row. LINQ has no operator for "the related row exists and matches", and a member chain such as
/// <c>c.Subject.Label</c> would say nothing about a missing row or a row of another type.
/// </summary>
public static class SqlRelation
{
    /// <summary>True when <paramref name="related"/> is a <typeparamref name="TRelated"/> that satisfies <paramref name="predicate"/>; a missing row never matches.</summary>
    public static bool Matches<TRelated>(this object? related, Expression<Func<TRelated, bool>> predicate)
        where TRelated : class
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return related is TRelated row && predicate.Compile()(row);
    }
}
