using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Inputs;

public sealed class DateOperationFilterInputType : OperationFilterInputType
{
    public DateOperationFilterInputType()
        : base("DateOperationFilterInput", "Conditions on a date (yyyy-MM-dd): comparisons use the earliest or latest day a historical date allows, as the field says.")
    {
        Equality(() => new GraphQLTypeReference("Date"));
        Comparisons(() => new GraphQLTypeReference("Date"));
    }
}
