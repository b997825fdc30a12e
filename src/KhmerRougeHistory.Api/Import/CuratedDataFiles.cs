using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Import;

/// <summary>The names of the files in the curated data folder (see src/data/README.md).</summary>
internal static class CuratedDataFiles
{
    public const string Sources = "sources.json";
    public const string ClaimsFolder = "claims";

    public static readonly IReadOnlyDictionary<SubjectType, string> Entities = new Dictionary<SubjectType, string>
    {
        [SubjectType.Person] = "persons.json",
        [SubjectType.Organization] = "organizations.json",
        [SubjectType.Site] = "sites.json",
        [SubjectType.Event] = "events.json",
    };

    /// <summary>Key prefixes: a key names its own type, so a reference can be checked without looking it up.</summary>
    public static readonly IReadOnlyDictionary<SubjectType, string> KeyPrefixes = new Dictionary<SubjectType, string>
    {
        [SubjectType.Person] = "person/",
        [SubjectType.Organization] = "organization/",
        [SubjectType.Site] = "site/",
        [SubjectType.Event] = "event/",
    };

    public const string SourcePrefix = "source/";

    /// <summary>Every data file, in a fixed order, as paths relative to the data folder.</summary>
    public static IEnumerable<string> All(string directory) =>
        new[] { Sources }.Concat(Entities.Values)
            .Concat(Directory.Exists(Path.Combine(directory, ClaimsFolder))
                ? Directory.GetFiles(Path.Combine(directory, ClaimsFolder), "*.json").Select(f => ClaimsFolder + "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)
                : []);
}
