using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Inputs;
using KhmerRougeHistory.Api.Sources;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>Conditions on one citation.</summary>
public static class CitationFilter
{
    public static readonly FilterDefinition<Citation> Definition = new(
        "CitationFilterInput",
        "Conditions on a citation: which source, and what its quote says.",
        [
            new IdFilterField<Citation>("source", "The cited source, by global ID.", c => c.SourceKey, ["Source"]),
            new OperationFilterField<Citation, string>("quote", "The verbatim quote.", c => c.Quote, typeof(StringOperationFilterInputType)),
            new OperationFilterField<Citation, string>("section", "The heading of the passage in the document.", c => c.Section, typeof(StringOperationFilterInputType)),
            new OperationFilterField<Citation, Certainty>("certainty", "How the passage words the value.", c => c.Certainty, typeof(EnumOperationFilterInputType<CertaintyGraphType>)),
            new RelationFilterField<Citation, Claim>("claim", "The claim the citation supports, by its own fields.", c => c.Claim, () => ClaimQuery.Definition.Filter, typeof(ClaimFilterInputType)),
            new RelationFilterField<Citation, Source>("sourceEntity", "The cited source, by its own fields (title, kind, publisher).", c => c.Source, () => SourceQuery.Definition.Filter, typeof(SourceFilterInputType)),
        ]);
}
