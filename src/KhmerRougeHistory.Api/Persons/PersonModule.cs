using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Persons;

/// <summary>Persons as a kind of subject: <c>persons.json</c>, keys <c>person/…</c>.</summary>
public sealed class PersonModule : SubjectModule<Person, PersonKind>
{
    public override SubjectType Type => SubjectType.Person;

    public override string DataFile => "persons.json";

    public override string KeyPrefix => "person/";

    protected override Person Create(string key, string label, string description, PersonKind kind) =>
        new() { Key = key, Label = label, Description = description, Kind = kind };
}
