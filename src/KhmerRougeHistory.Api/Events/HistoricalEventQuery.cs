using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Sites;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Events;

/// <summary>How events are filtered, sorted and projected.</summary>
public static class HistoricalEventQuery
{
    public static readonly EntityQuery<HistoricalEvent> Definition = SubjectQueries.For<HistoricalEvent, EventKind, EventKindGraphType>(
        "Event",
        s => s.Kind,
        [
            ("start", "The earliest day any source's date for the event allows (derived; see `date` for the sources).", false),
            ("end", "The latest day any source's date for the event allows (derived).", true),
        ],
        [
            EventRelations.Places.Filter,
            new ListFilterField<HistoricalEvent, Claim>(
                "sites",
                "The sites where it happened, by their own fields (any source's place claim).",
                e => e.Claims.Where(c => c.Property == ClaimProperty.OccurredAt && c.Rank != Rank.Deprecated),
                new RelationFilterField<Claim, Site>("site", "The place.", c => c.ValueSubject, () => SiteQuery.Definition.Filter, typeof(SiteFilterInputType)),
                typeof(SiteListFilterInputType)),
            new ListFilterField<HistoricalEvent, Claim>(
                "participants",
                "Who took part, with their role.",
                e => e.Mentions.Where(c => c.Property == ClaimProperty.ParticipantIn && c.Rank != Rank.Deprecated),
                ParticipationFilter.Definition,
                typeof(ParticipationListFilterInputType)),
        ],
        defaultSortField: "start");
}
