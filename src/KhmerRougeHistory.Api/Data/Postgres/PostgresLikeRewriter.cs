using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KhmerRougeHistory.Api.Data.Postgres;

/// <summary>
/// Turns <c>EF.Functions.Like</c> into <c>EF.Functions.ILike</c> before a query is compiled for PostgreSQL. The string
/// filters (<c>contains</c>, <c>startsWith</c>, <c>endsWith</c>) promise to ignore ASCII case, which SQLite's LIKE
/// does and PostgreSQL's does not; ILIKE on a "C"-collated column folds ASCII letters only, exactly as SQLite does.
/// The filters stay provider-neutral code.
/// </summary>
internal sealed class PostgresLikeRewriter : ExpressionVisitor, IQueryExpressionInterceptor
{
    public static readonly PostgresLikeRewriter Instance = new();

    private static readonly MethodInfo _like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo _iLike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) => Visit(queryExpression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Method == _like
            ? Expression.Call(_iLike, node.Arguments.Select(Visit)!)
            : base.VisitMethodCall(node);
    }
}
