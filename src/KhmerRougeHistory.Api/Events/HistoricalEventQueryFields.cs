using GraphQL.Types;
using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Events;

public static class HistoricalEventQueryFields
{
    /// <summary>Adds the root <c>events</c> connection.</summary>
    public static ObjectGraphType AddEventsFields(this ObjectGraphType query)
    {
        query.AddRootConnection<HistoricalEvent, EventsConnectionType, HistoricalEventFilterInputType, HistoricalEventSortInputType>(
            "events", "All events, filtered, sorted and paged.", HistoricalEventQuery.Definition);
        return query;
    }
}
