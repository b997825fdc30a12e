using KhmerRougeHistory.Api.Import.Records;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Import;

/// <summary>Validates the four entity files and turns their records into subjects.</summary>
internal static class EntityCompiler
{
    public static Dictionary<string, Subject> Compile(
        IReadOnlyDictionary<SubjectType, IReadOnlyList<EntityRecord>> files, List<string> problems)
    {
        var subjects = new Dictionary<string, Subject>(StringComparer.Ordinal);
        foreach (var (type, records) in files)
        {
            var file = CuratedDataFiles.Entities[type];
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                var at = new ProblemLocation(file, $"[{i}] ({record.Key})");
                var before = problems.Count;
                Keys.Check(record.Key, CuratedDataFiles.KeyPrefixes[type], at, problems);
                if (subjects.ContainsKey(record.Key))
                {
                    problems.Add(at.Field("key", $"duplicate key '{record.Key}'."));
                }

                Text.Require(record.Label, "label", at, problems);
                Text.Require(record.Description, "description", at, problems);
                var subject = Create(type, record, at, problems);
                if (subject is not null && problems.Count == before)
                {
                    subjects[record.Key] = subject;
                }
            }
        }

        return subjects;
    }

    private static Subject? Create(SubjectType type, EntityRecord r, ProblemLocation at, List<string> problems)
    {
        var module = SubjectModules.Of(type);
        var subject = module.Create(r.Key, r.Label, r.Description, r.Kind);
        if (subject is null)
        {
            problems.Add(at.Field("kind", $"'{r.Kind}' is not one of {string.Join(", ", module.KindNames)}."));
        }

        return subject;
    }
}
