using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Persons;

/// <summary>A person's relation lists: each becomes a connection, a deprecated plain list and a <c>where</c> field.</summary>
public static class PersonRelations
{
    public static readonly SubjectRelation<Person> Memberships = new(
        "Person", "memberships", RelationDirection.Outgoing,
        "Organizations the person belonged to, led or worked for.",
        "Its memberships: claims that it belonged to, led, worked for or was associated with an organization.",
        ClaimProperty.MemberOf, ClaimProperty.LeaderOf, ClaimProperty.WorksFor, ClaimProperty.AssociatedWith);

    public static readonly SubjectRelation<Person> Participations = new(
        "Person", "participations", RelationDirection.Outgoing,
        "Events the person took part in.",
        "Its participations: claims that it took part in an event.",
        ClaimProperty.ParticipantIn);

    public static IReadOnlyList<SubjectRelation<Person>> All { get; } = [Memberships, Participations];
}
