using KhmerRougeHistory.Api.Claims;
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
        [
            SubjectRelationFilters.From<Site>("locatedIn", "Claims that it lies within another place.", ClaimProperty.LocatedIn),
            SubjectRelationFilters.To<Site>("contains", "Claims that another place lies within it.", ClaimProperty.LocatedIn),
            SubjectRelationFilters.To<Site>("events", "Claims that an event happened here.", ClaimProperty.OccurredAt),
        ]);
}
