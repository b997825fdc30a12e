using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>Conditions on one cited name of a subject (a Name claim).</summary>
public sealed class NameFilter : FilteredList<NameFilter, Claim>, IFilteredList<Claim>
{
    public static FilterDefinition<Claim> Filter { get; } = new(
        "NameFilterInput",
        "Conditions on one of the names sources use for an entity.",
        [
            new OperationFilterField<Claim, string?>("value", "The name as written.", c => c.ValueText, typeof(StringOperationFilterInputType)),
            new OperationFilterField<Claim, NameType?>("nameType", "What the name is to the entity.", c => c.NameType, typeof(EnumOperationFilterInputType<NameTypeGraphType>)),
        ]);
}
