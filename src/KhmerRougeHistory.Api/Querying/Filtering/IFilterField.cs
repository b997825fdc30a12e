using System.Linq.Expressions;

namespace KhmerRougeHistory.Api.Querying.Filtering;

/// <summary>One field of a <c>where</c> input: its input type and how its value becomes an SQL-translatable predicate.</summary>
public interface IFilterField
{
    string Name { get; }

    string Description { get; }

    /// <summary>The graph type of the field's input (e.g. <c>StringOperationFilterInput</c>).</summary>
    Type InputGraphType { get; }

    /// <summary>A boolean expression over <paramref name="entity"/> for the client's input value.</summary>
    Expression Build(Expression entity, object? input);
}
