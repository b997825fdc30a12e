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
        [.. PersonRelations.All.Select(r => r.Filter)]);
}
