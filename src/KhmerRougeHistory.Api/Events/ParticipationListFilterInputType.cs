using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Events;

public sealed class ParticipationListFilterInputType() : ListFilterInputType<ParticipationFilterInputType>("participations");
