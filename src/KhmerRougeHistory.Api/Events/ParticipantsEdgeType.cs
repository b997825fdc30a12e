using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Events;

public sealed class ParticipantsEdgeType() : EdgeGraphType<Claim, ParticipationGraphType>("Participants");
