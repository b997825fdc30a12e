using System.Linq.Expressions;

namespace KhmerRougeHistory.Api.Querying.Filtering;

/// <summary>Inlines a lambda's body with its parameter replaced, so selectors compose into one expression tree.</summary>
public sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Apply(LambdaExpression lambda, Expression argument)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        return new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);
    }

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
}
