using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Events;

public sealed class ParticipantsConnectionType() : ConnectionGraphType<Claim, ParticipationGraphType, ParticipantsEdgeType>("Participants");
