using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Events;

/// <summary>An event's relation lists of claims: each becomes a connection, a deprecated plain list and a <c>where</c> field.</summary>
public static class EventRelations
{
    public static readonly SubjectRelation<HistoricalEvent> Places = new(
        "Event", "places", RelationDirection.Outgoing,
        "Where the event happened.",
        "Claims that it happened at a place.",
        ClaimProperty.OccurredAt);

    public static IReadOnlyList<SubjectRelation<HistoricalEvent>> All { get; } = [Places];
}
