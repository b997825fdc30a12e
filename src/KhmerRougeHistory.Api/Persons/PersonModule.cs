using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Subjects;
using KhmerRougeHistory.Api.Subjects.Synthetic;

namespace KhmerRougeHistory.Api.Persons;

/// <summary>Persons, declared once: the root field <c>persons</c>, its filters and sorts, <c>persons.json</c>, keys <c>person/…</c>.</summary>
public sealed class PersonModule : SubjectModule<PersonModule, Person, PersonKind, PersonGraphType>, IPagedList<Person>
{
    public static string ListName => "Persons";

    public static EntityQuery<Person> Query { get; } = SubjectQueries.For<Person, PersonKind, PersonKindGraphType>(
        "Person",
        s => s.Kind,
        [
            ("born", "The earliest day any source's birth date allows.", false),
            ("died", "The latest day any source's death date allows.", true),
        ],
        [.. PersonRelations.All.Select(r => r.Filter)]);

    public static FilterDefinition<Person> Filter => Query.Filter;

    public override SubjectType Type => SubjectType.Person;

    public override string DataFile => "persons.json";

    public override SyntheticRecipe Synthetic { get; } = new PersonSyntheticRecipe();

    public override string KeyPrefix => "person/";

    protected override string RootField => "persons";

    protected override string RootFieldDescription => "All persons, filtered, sorted and paged.";

    protected override Person Create(string key, string label, string description, PersonKind kind) =>
        new() { Key = key, Label = label, Description = description, Kind = kind };
}
