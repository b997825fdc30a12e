using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Persons;

/// <summary>How persons are filtered, sorted and projected.</summary>
public static class PersonQuery
{
    public static readonly EntityQuery<Person> Definition = SubjectQueries.For<Person, PersonKind, PersonKindGraphType>(
        "Person",
        s => s.Kind,
        [
            ("born", "The earliest day any source's birth date allows.", false),
            ("died", "The latest day any source's death date allows.", true),
        ],
        [
            SubjectRelationFilters.From<Person>("memberships", "Its memberships: claims that it belonged to, led, worked for or was associated with an organization.", ClaimProperty.MemberOf, ClaimProperty.LeaderOf, ClaimProperty.WorksFor, ClaimProperty.AssociatedWith),
            SubjectRelationFilters.From<Person>("participations", "Its participations: claims that it took part in an event.", ClaimProperty.ParticipantIn),
        ]);
}
