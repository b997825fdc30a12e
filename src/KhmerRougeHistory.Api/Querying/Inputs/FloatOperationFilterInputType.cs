using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Inputs;

public sealed class FloatOperationFilterInputType : OperationFilterInputType
{
    public FloatOperationFilterInputType()
        : base("FloatOperationFilterInput", "Conditions on a number.")
    {
        Equality(() => new GraphQLTypeReference("Float"));
        Comparisons(() => new GraphQLTypeReference("Float"));
    }
}
