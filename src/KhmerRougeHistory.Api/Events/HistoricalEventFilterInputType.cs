using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Events;

public sealed class HistoricalEventFilterInputType() : FilterInputType<HistoricalEvent>(HistoricalEventQuery.Definition.Filter);
