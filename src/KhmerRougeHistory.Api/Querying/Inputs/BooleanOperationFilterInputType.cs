using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Inputs;

public sealed class BooleanOperationFilterInputType : OperationFilterInputType
{
    public BooleanOperationFilterInputType()
        : base("BooleanOperationFilterInput", "Conditions on a true/false value.")
    {
        Field(new GraphQLTypeReference("Boolean"), "eq", "Equal to this value.");
        Field(new GraphQLTypeReference("Boolean"), "neq", "Not equal to this value.");
    }
}
