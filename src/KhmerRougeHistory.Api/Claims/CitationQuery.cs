using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Sorting;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>How a source's citations are listed: in the order the editors gave them.</summary>
public static class CitationQuery
{
    public static readonly EntityQuery<Citation> Definition = new()
    {
        Name = "Citation",
        Key = SortField<Citation>.Of("id", "The citation's ID.", c => c.Id),
        Filter = CitationFilter.Definition,
        Sort = new SortDefinition<Citation>("CitationSortInput", "One sort key for citations; set one field per element.",
            [SortField<Citation>.Of("ordinal", "The editors' order within the curated data.", c => c.Ordinal)],
            [new SortKey<Citation>(SortField<Citation>.Of("ordinal", "The editors' order within the curated data.", c => c.Ordinal), false)]),
        Columns = new Dictionary<string, string[]>(),
        AlwaysColumns = [],
    };
}
