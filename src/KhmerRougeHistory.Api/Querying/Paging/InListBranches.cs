using System.Linq.Expressions;
using KhmerRougeHistory.Api.Querying.Filtering;

namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// Splits a filter that keeps the rows whose column is <c>in</c> a short list of values into one filter per value,
/// the <c>in</c> replaced by an equality. A page ordered by other columns cannot come from an index when the column
/// takes several values (the database sorts every match); one equality per value seeks the index that starts with the
/// column and ends with the order, and the page is the first rows of those few short, ordered branches.
/// </summary>
public static class InListBranches
{
    /// <summary>
    /// The branches, or null when no conjunct of <paramref name="predicate"/> is an <c>in</c> of 2 to
    /// <paramref name="maxBranches"/> values on a column (<see cref="PagingOptions.MaxInListBranches"/>).
    /// </summary>
    public static IReadOnlyList<Expression<Func<TEntity, bool>>>? Split<TEntity>(Expression<Func<TEntity, bool>> predicate, int maxBranches)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        if (FindIn(predicate.Body, predicate.Parameters[0], maxBranches) is not { } found)
        {
            return null;
        }

        return [.. found.Values.Select(value => Expression.Lambda<Func<TEntity, bool>>(
            new Replacer(found.Test, Expression.Equal(found.Column, Expression.Constant(value, found.Column.Type))).Visit(predicate.Body)!,
            predicate.Parameters))];
    }

    private sealed record InTest(MethodCallExpression Test, Expression Column, IReadOnlyList<object> Values);

    // Only conjuncts: an `in` under OR or NOT does not narrow every row the same way.
    private static InTest? FindIn(Expression expression, ParameterExpression row, int maxBranches) => expression switch
    {
        BinaryExpression { NodeType: ExpressionType.AndAlso } and => FindIn(and.Left, row, maxBranches) ?? FindIn(and.Right, row, maxBranches),
        MethodCallExpression { Method.Name: nameof(Enumerable.Contains), Arguments: [var list, var column] } call
            when call.Method.DeclaringType == typeof(Enumerable) && IsColumn(column, row) && QueryValue.DistinctValues(list) is { Count: >= 2 } values && values.Count <= maxBranches
            => new InTest(call, column, values),
        _ => null,
    };

    private static bool IsColumn(Expression expression, ParameterExpression row) =>
        expression is MemberExpression { Expression: ParameterExpression owner } && owner == row;

    private sealed class Replacer(Expression target, Expression replacement) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == target ? replacement : base.Visit(node);
    }
}
