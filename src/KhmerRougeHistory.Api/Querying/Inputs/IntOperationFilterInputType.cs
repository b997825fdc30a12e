using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Inputs;

public sealed class IntOperationFilterInputType : OperationFilterInputType
{
    public IntOperationFilterInputType()
        : base("IntOperationFilterInput", "Conditions on a whole number.")
    {
        Equality(() => new GraphQLTypeReference("Int"));
        Comparisons(() => new GraphQLTypeReference("Int"));
    }
}
