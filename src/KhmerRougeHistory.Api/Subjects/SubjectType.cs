using System.ComponentModel;

namespace KhmerRougeHistory.Api.Subjects;

[Description("The four kinds of subject; the prefix of a subject key names one of them.")]
public enum SubjectType
{
    [Description("A person.")]
    Person,
    [Description("A party, army, government, court, publisher or other organization.")]
    Organization,
    [Description("A place: a prison, killing field, memorial, city, province or country.")]
    Site,
    [Description("Something that happened, from a founding or a battle to a trial or a film release.")]
    Event,
}
