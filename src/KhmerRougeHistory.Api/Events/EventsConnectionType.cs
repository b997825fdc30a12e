using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Events;

public sealed class EventsConnectionType() : ConnectionGraphType<HistoricalEvent, EventGraphType, EventsEdgeType>("Events");
