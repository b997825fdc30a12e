namespace KhmerRougeHistory.Api.Subjects;

/// <summary>The four kinds of subject; the prefix of a subject key names one of them.</summary>
public enum SubjectType
{
    Person,
    Organization,
    Site,
    Event,
}
