using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Events;

public sealed class EventsEdgeType() : EdgeGraphType<HistoricalEvent, EventGraphType>("Events");
