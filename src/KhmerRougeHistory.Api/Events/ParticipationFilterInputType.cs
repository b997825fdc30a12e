using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Events;

public sealed class ParticipationFilterInputType() : FilterInputType<Claim>(ParticipationFilter.Definition);
