using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Sites;

/// <summary>How sites are filtered, sorted and projected.</summary>
public static class SiteQuery
{
    public static readonly EntityQuery<Site> Definition = SubjectQueries.For<Site, SiteKind, SiteKindGraphType>(
        "Site",
        s => s.Kind,
        [
            ("opened", "The earliest day any source's opening date allows.", false),
        ],
        [.. SiteRelations.All.Select(r => r.Filter)]);
}
