using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Inputs;
using KhmerRougeHistory.Api.Querying.Sorting;
using KhmerRougeHistory.Api.Sources;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>A source's citations: conditions on one citation, and the editors' order they are listed in.</summary>
public sealed class CitationList : PagedList<CitationList, Citation, CitationGraphType>, IPagedList<Citation>
{
    private static readonly SortField<Citation> _ordinal = SortField<Citation>.Of("ordinal", "The editors' order within the curated data.", c => c.Ordinal);

    public static string ListName => "Citations";

    public static FilterDefinition<Citation> Filter { get; } = new(
        "CitationFilterInput",
        "Conditions on a citation: which source, and what its quote says.",
        [
            new IdFilterField<Citation>("source", "The cited source, by global ID.", c => c.SourceKey, ["Source"]),
            new OperationFilterField<Citation, string>("quote", "The verbatim quote.", c => c.Quote, typeof(StringOperationFilterInputType)),
            new OperationFilterField<Citation, string>("section", "The heading of the passage in the document.", c => c.Section, typeof(StringOperationFilterInputType)),
            new OperationFilterField<Citation, Certainty>("certainty", "How the passage words the value.", c => c.Certainty, typeof(EnumOperationFilterInputType<CertaintyGraphType>)),
            new RelationFilterField<Citation, Claim>("claim", "The claim the citation supports, by its own fields.", c => c.Claim, () => ClaimModule.Filter, typeof(ClaimModule.Where)),
            new RelationFilterField<Citation, Source>("sourceEntity", "The cited source, by its own fields (title, kind, publisher).", c => c.Source, () => SourceModule.Filter, typeof(SourceModule.Where)),
        ]);

    public static EntityQuery<Citation> Query { get; } = new()
    {
        Name = "Citation",
        Key = SortField<Citation>.Of("id", "The citation's ID.", c => c.Id),
        Filter = Filter,
        Sort = new SortDefinition<Citation>("CitationSortInput", "One sort key for citations; set one field per element.", [_ordinal], [new SortKey<Citation>(_ordinal, false)]),
        Columns = new Dictionary<string, string[]>(),
        AlwaysColumns = [],
    };
}
