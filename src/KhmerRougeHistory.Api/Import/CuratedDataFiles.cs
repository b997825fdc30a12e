using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Import;

/// <summary>The names of the files in the curated data folder (see src/data/README.md).</summary>
internal static class CuratedDataFiles
{
    public const string Sources = "sources.json";
    public const string ClaimsFolder = "claims";

    /// <summary>Each kind of subject's file, as its declaration names it.</summary>
    public static readonly IReadOnlyDictionary<SubjectType, string> Entities = SubjectModules.All.ToDictionary(m => m.Type, m => m.DataFile);

    /// <summary>Key prefixes: a key names its own type, so a reference can be checked without looking it up.</summary>
    public static readonly IReadOnlyDictionary<SubjectType, string> KeyPrefixes = SubjectModules.All.ToDictionary(m => m.Type, m => m.KeyPrefix);

    public const string SourcePrefix = "source/";

    /// <summary>Every data file, in a fixed order, as paths relative to the data folder.</summary>
    public static IEnumerable<string> All(string directory) =>
        new[] { Sources }.Concat(Entities.Values)
            .Concat(Directory.Exists(Path.Combine(directory, ClaimsFolder))
                ? Directory.GetFiles(Path.Combine(directory, ClaimsFolder), "*.json").Select(f => ClaimsFolder + "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)
                : []);
}
