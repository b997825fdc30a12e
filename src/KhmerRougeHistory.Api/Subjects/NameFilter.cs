using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>Conditions on one cited name of a subject (a Name claim).</summary>
public static class NameFilter
{
    public static readonly FilterDefinition<Claim> Definition = new(
        "NameFilterInput",
        "Conditions on one of the names sources use for an entity.",
        [
            new OperationFilterField<Claim, string?>("value", "The name as written.", c => c.ValueText, typeof(StringOperationFilterInputType)),
            new OperationFilterField<Claim, NameType?>("nameType", "What the name is to the entity.", c => c.NameType, typeof(EnumOperationFilterInputType<NameTypeGraphType>)),
        ]);
}
