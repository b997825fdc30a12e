using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Events;

public sealed class HistoricalEventSortInputType() : SortInputType<HistoricalEvent>(HistoricalEventQuery.Definition.Sort);
