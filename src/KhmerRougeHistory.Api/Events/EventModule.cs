using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Sites;
using KhmerRougeHistory.Api.Subjects;
using KhmerRougeHistory.Api.Subjects.Synthetic;

namespace KhmerRougeHistory.Api.Events;

/// <summary>Events, declared once: the root field <c>events</c>, its filters and sorts, <c>events.json</c>, keys <c>event/…</c>.</summary>
public sealed class EventModule : SubjectModule<EventModule, HistoricalEvent, EventKind, EventGraphType>, IPagedList<HistoricalEvent>
{
    public static string ListName => "Events";

    public static EntityQuery<HistoricalEvent> Query { get; } = SubjectQueries.For<HistoricalEvent, EventKind, EventKindGraphType>(
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
                new RelationFilterField<Claim, Site>("site", "The place.", c => c.ValueSubject, () => SiteModule.Filter, typeof(SiteModule.Where)),
                typeof(SiteModule.ListWhere)),
            new ListFilterField<HistoricalEvent, Claim>(
                "participants",
                "Who took part, with their role.",
                e => e.Mentions.Where(c => c.Property == ClaimProperty.ParticipantIn && c.Rank != Rank.Deprecated),
                ParticipationFilter.Filter,
                typeof(ParticipationFilter.ListWhere)),
        ],
        defaultSortField: "start");

    public static FilterDefinition<HistoricalEvent> Filter => Query.Filter;

    public override SubjectType Type => SubjectType.Event;

    public override string DataFile => "events.json";

    public override SyntheticRecipe Synthetic { get; } = new EventSyntheticRecipe();

    public override string KeyPrefix => "event/";

    protected override string RootField => "events";

    protected override string RootFieldDescription => "All events, filtered, sorted and paged.";

    protected override HistoricalEvent Create(string key, string label, string description, EventKind kind) =>
        new() { Key = key, Label = label, Description = description, Kind = kind };
}
