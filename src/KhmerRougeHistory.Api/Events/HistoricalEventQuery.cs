using KhmerRougeHistory.Api.Querying;
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
        defaultSortField: "start");
}
