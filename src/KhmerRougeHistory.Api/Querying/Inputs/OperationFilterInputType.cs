using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Inputs;

/// <summary>
/// Base of the operation inputs (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, ...):
/// HotChocolate's names and fields, each operation described, with <c>and</c>/<c>or</c> lists of the same type.
/// </summary>
public abstract class OperationFilterInputType : InputObjectGraphType
{
    protected OperationFilterInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))), "and", "All of these conditions hold.");
        Field(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))), "or", "At least one of these conditions holds.");
    }

    protected void Field(IGraphType type, string name, string description) =>
        AddField(new FieldType { Name = name, ResolvedType = type, Description = description });

    protected void Equality(Func<IGraphType> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        Field(type(), "eq", "Equal to this value.");
        Field(type(), "neq", "Not equal to this value.");
        Field(new ListGraphType(type()), "in", "Equal to one of these values.");
        Field(new ListGraphType(type()), "nin", "Equal to none of these values.");
    }

    protected void Comparisons(Func<IGraphType> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        Field(type(), "gt", "Greater than this value.");
        Field(type(), "ngt", "Not greater than this value.");
        Field(type(), "gte", "Greater than or equal to this value.");
        Field(type(), "ngte", "Not greater than or equal to this value.");
        Field(type(), "lt", "Less than this value.");
        Field(type(), "nlt", "Not less than this value.");
        Field(type(), "lte", "Less than or equal to this value.");
        Field(type(), "nlte", "Not less than or equal to this value.");
    }
}
