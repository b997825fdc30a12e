using KhmerRougeHistory.Api.Batching;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Inputs;
using KhmerRougeHistory.Api.Querying.Sorting;

namespace KhmerRougeHistory.Api.Sources;

/// <summary>Sources, declared once: the root field <c>sources</c> and how sources are filtered, sorted and projected.</summary>
public sealed class SourceModule : EntityModule<SourceModule, Source, SourceGraphType>, IPagedList<Source>, INodeModule
{
    private static readonly SortField<Source> _title = SortField<Source>.Of("title", "The title, A to Z (binary order).", s => s.Title);

    public static string ListName => "Sources";

    public static EntityQuery<Source> Query { get; } = new()
    {
        Name = "Source",
        Key = SortField<Source>.Of("key", "The stable key.", s => s.Key),
        Filter = new FilterDefinition<Source>("SourceFilterInput", "Conditions on a source; fields are ANDed.",
        [
            new IdFilterField<Source>("id", "The source itself, by global ID.", s => s.Key, ["Source"]),
            new OperationFilterField<Source, string>("title", "The title.", s => s.Title, typeof(StringOperationFilterInputType)),
            new OperationFilterField<Source, SourceKind>("kind", "The kind of document.", s => s.Kind, typeof(EnumOperationFilterInputType<SourceKindGraphType>)),
            new OperationFilterField<Source, string?>("publisher", "The publisher or site, as the document names it.", s => s.Publisher, typeof(StringOperationFilterInputType)),
            new ListFilterField<Source, Citation>("citations", "The passages quoted from it (each supports a claim: filter on `claim` for the claims the source makes).", s => s.Citations, CitationList.Filter, typeof(CitationList.ListWhere)),
        ]),
        Sort = new SortDefinition<Source>("SourceSortInput", "One sort key for sources; set one field per element.", [_title], [new SortKey<Source>(_title, false)]),
        Columns = new Dictionary<string, string[]>
        {
            ["title"] = [nameof(Source.Title)],
            ["displayTitle"] = [nameof(Source.Title), nameof(Source.Publisher)],
            ["kind"] = [nameof(Source.Kind)],
            ["authors"] = [nameof(Source.Authors)],
            ["publisher"] = [nameof(Source.Publisher)],
            ["published"] = [nameof(Source.PublishedEdtf)],
            ["updated"] = [nameof(Source.UpdatedEdtf)],
            ["accessed"] = [nameof(Source.AccessedEdtf)],
            ["url"] = [nameof(Source.Url)],
            ["description"] = [nameof(Source.Description)],
            ["documentFile"] = [nameof(Source.DocumentFile)],
        },
        AlwaysColumns = [nameof(Source.Key)],
    };

    public static FilterDefinition<Source> Filter => Query.Filter;

    /// <summary>After every kind of subject's root fields: sources are what their claims cite.</summary>
    public override int Position => 100;

    public IEnumerable<NodeType> NodeTypes => [new("Source", (loaders, key) => loaders.Source(key).Then(s => (object?)s))];

    protected override string RootField => "sources";

    protected override string RootFieldDescription => "All sources the claims cite, filtered, sorted and paged.";
}
