using System.Linq.Expressions;
using KhmerRougeHistory.Api.Querying.Errors;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Querying.Filtering;

/// <summary>
/// Turns HotChocolate-style operation inputs (<c>{ eq, neq, in, nin, gt, gte, lt, lte, contains, startsWith, ... }</c>)
/// on one member into predicates EF Core translates to SQL. Several operations in one input are ANDed.
/// </summary>
public static class OperationPredicates
{
    public static Expression Build(Expression member, IReadOnlyDictionary<string, object?> operations)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(operations);
        var parts = operations.Select(o => Operation(member, o.Key, o.Value)).ToList();
        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Operation(Expression member, string operation, object? value) => operation switch
    {
        "and" => Combine(member, value, operation, Expression.AndAlso),
        "or" => Combine(member, value, operation, Expression.OrElse),
        "eq" => Expression.Equal(member, QueryValue.Of(value, member.Type)),
        "neq" => Expression.NotEqual(member, QueryValue.Of(value, member.Type)),
        "in" => In(member, value, operation),
        "nin" => Expression.Not(In(member, value, operation)),
        "gt" => Compare(member, value, Expression.GreaterThan),
        "ngt" => Expression.Not(Compare(member, value, Expression.GreaterThan)),
        "gte" => Compare(member, value, Expression.GreaterThanOrEqual),
        "ngte" => Expression.Not(Compare(member, value, Expression.GreaterThanOrEqual)),
        "lt" => Compare(member, value, Expression.LessThan),
        "nlt" => Expression.Not(Compare(member, value, Expression.LessThan)),
        "lte" => Compare(member, value, Expression.LessThanOrEqual),
        "nlte" => Expression.Not(Compare(member, value, Expression.LessThanOrEqual)),
        "contains" => Like(member, value, "%", "%"),
        "ncontains" => Expression.Not(Like(member, value, "%", "%")),
        "startsWith" => Like(member, value, string.Empty, "%"),
        "nstartsWith" => Expression.Not(Like(member, value, string.Empty, "%")),
        "endsWith" => Like(member, value, "%", string.Empty),
        "nendsWith" => Expression.Not(Like(member, value, "%", string.Empty)),
        _ => throw new InvalidFilterError($"'{operation}' is not a filter operation."),
    };

    private static Expression Combine(Expression member, object? value, string operation, Func<Expression, Expression, BinaryExpression> join)
    {
        var items = FilterInput.AsList(value, operation).Select(i => Build(member, FilterInput.AsObject(i, operation))).ToList();
        return items.Count == 0 ? Expression.Constant(operation == "and") : items.Aggregate((a, b) => join(a, b));
    }

    private static Expression In(Expression member, object? value, string operation)
    {
        if (value is null)
        {
            throw new InvalidFilterError($"'{operation}' needs a list.");
        }

        var listType = typeof(List<>).MakeGenericType(member.Type);
        var list = (System.Collections.IList)Activator.CreateInstance(listType)!;
        foreach (var item in FilterInput.AsList(value, operation))
        {
            list.Add(QueryValue.ConvertTo(item, member.Type));
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], QueryValue.Of(list, listType), member);
    }

    private static Expression Compare(Expression member, object? value, Func<Expression, Expression, BinaryExpression> compare) =>
        value is null
            ? throw new InvalidFilterError("Comparisons need a value, not null.")
            : compare(member, QueryValue.Of(value, member.Type));

    // LIKE with an escape character: the client's text is matched literally, and SQLite's LIKE ignores ASCII case.
    private static Expression Like(Expression member, object? value, string prefix, string suffix)
    {
        if (value is not string text)
        {
            throw new InvalidFilterError("String operations need a text.");
        }

        var pattern = prefix + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + suffix;
        var like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
        return Expression.Call(like, Expression.Constant(EF.Functions), member, QueryValue.Of(pattern, typeof(string)), Expression.Constant("\\"));
    }
}
