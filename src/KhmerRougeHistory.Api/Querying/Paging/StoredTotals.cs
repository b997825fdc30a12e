using System.Linq.Expressions;
using KhmerRougeHistory.Api.Querying.Filtering;

namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// When a root list's <c>totalCount</c> can be read from the importer's counts (<see cref="ListCounts"/>) instead of
/// counted: when all that narrows the list, its own condition and the client's filter together, is one value or a
/// list of values of the column its entity is counted by (<see cref="EntityQuery{TEntity}.CountedBy"/>). The total
/// is then the sum of those values' stored counts, read by key, however many rows they stand for.
/// </summary>
public static class StoredTotals
{
    /// <summary>The values of <paramref name="column"/> the predicates keep, or null when they test anything else.</summary>
    public static IReadOnlyList<object>? Values(string column, params LambdaExpression?[] predicates)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(predicates);
        var tests = predicates.OfType<LambdaExpression>().SelectMany(p => Conjuncts(p.Body).Select(test => (Test: test, Row: p.Parameters[0])))
            .Where(t => t.Test is not ConstantExpression { Value: true })
            .ToList();
        return tests is [var only] ? ValuesOf(only.Test, only.Row, column) : null;
    }

    private static IEnumerable<Expression> Conjuncts(Expression body) => body is BinaryExpression { NodeType: ExpressionType.AndAlso } and
        ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
        : [body];

    private static IReadOnlyList<object>? ValuesOf(Expression test, ParameterExpression row, string column)
    {
        switch (test)
        {
            // C# compares enums as their numbers: (int)g.Status == 2.
            case BinaryExpression { NodeType: ExpressionType.Equal } equal when ColumnType(equal.Left, row, column) is { } type && Constant(equal.Right) is { } value:
                return [Typed(value, type)];
            case BinaryExpression { NodeType: ExpressionType.Equal } equal when ColumnType(equal.Right, row, column) is { } type && Constant(equal.Left) is { } value:
                return [Typed(value, type)];
            case MethodCallExpression { Method.Name: nameof(Enumerable.Contains), Arguments: [var list, var member] } call
                when call.Method.DeclaringType == typeof(Enumerable) && ColumnType(member, row, column) is { } type:
                return QueryValue.DistinctValues(StripConvert(list)) is { } values ? [.. values.Select(v => Typed(v, type))] : null;
            default:
                return null;
        }
    }

    private static Type? ColumnType(Expression expression, ParameterExpression row, string column) =>
        StripConvert(expression) is MemberExpression { Expression: ParameterExpression owner, Member.Name: var name } member && owner == row && name == column
            ? member.Type
            : null;

    private static object? Constant(Expression expression) => QueryValue.TryRead(StripConvert(expression), out var value) ? value : null;

    private static object Typed(object value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsEnum && !target.IsInstanceOfType(value) ? Enum.ToObject(target, value) : value;
    }

    private static Expression StripConvert(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? StripConvert(convert.Operand) : expression;
}
