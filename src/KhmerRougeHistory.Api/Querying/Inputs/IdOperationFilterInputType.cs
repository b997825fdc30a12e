using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Inputs;

public sealed class IdOperationFilterInputType : OperationFilterInputType
{
    public IdOperationFilterInputType()
        : base("IdOperationFilterInput", "Conditions on a reference, given as global IDs this API returned.")
        => Equality(() => new GraphQLTypeReference("ID"));
}
