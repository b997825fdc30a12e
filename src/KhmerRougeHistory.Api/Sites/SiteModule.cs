using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Subjects;
using KhmerRougeHistory.Api.Subjects.Synthetic;

namespace KhmerRougeHistory.Api.Sites;

/// <summary>Sites, declared once: the root field <c>sites</c>, its filters and sorts, <c>sites.json</c>, keys <c>site/…</c>.</summary>
public sealed class SiteModule : SubjectModule<SiteModule, Site, SiteKind, SiteGraphType>, IPagedList<Site>
{
    public static string ListName => "Sites";

    public static EntityQuery<Site> Query { get; } = SubjectQueries.For<Site, SiteKind, SiteKindGraphType>(
        "Site",
        s => s.Kind,
        [
            ("opened", "The earliest day any source's opening date allows.", false),
        ],
        [.. SiteRelations.All.Select(r => r.Filter)]);

    public static FilterDefinition<Site> Filter => Query.Filter;

    public override SubjectType Type => SubjectType.Site;

    public override string DataFile => "sites.json";

    public override SyntheticRecipe Synthetic { get; } = new SiteSyntheticRecipe();

    public override string KeyPrefix => "site/";

    protected override string RootField => "sites";

    protected override string RootFieldDescription => "All sites, filtered, sorted and paged.";

    protected override Site Create(string key, string label, string description, SiteKind kind) =>
        new() { Key = key, Label = label, Description = description, Kind = kind };
}
