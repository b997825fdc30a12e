using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Dates;
using KhmerRougeHistory.Api.Import.Records;
using KhmerRougeHistory.Api.Sources;

namespace KhmerRougeHistory.Api.Import;

/// <summary>Validates <c>sources.json</c> and turns its records into sources.</summary>
internal static class SourceCompiler
{
    public static Dictionary<string, Source> Compile(IReadOnlyList<SourceRecord> records, List<string> problems)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var at = new ProblemLocation(CuratedDataFiles.Sources, $"[{i}] ({record.Key})");
            var before = problems.Count;
            Keys.Check(record.Key, CuratedDataFiles.SourcePrefix, at, problems);
            if (sources.ContainsKey(record.Key))
            {
                problems.Add(at.Field("key", $"duplicate key '{record.Key}'."));
            }

            if (!files.Add(record.File))
            {
                problems.Add(at.Field("file", $"another source already is '{record.File}'."));
            }

            if (!EnumText.TryParse<SourceKind>(record.Kind, out var kind))
            {
                problems.Add(at.Field("kind", EnumText.Expected<SourceKind>(record.Kind)));
            }

            Text.Require(record.Title, "title", at, problems);
            Text.Require(record.Description, "description", at, problems);
            CheckDate(record.Published, "published", at, problems);
            CheckDate(record.Updated, "updated", at, problems);
            CheckDate(record.Accessed, "accessed", at, problems);
            if (record.Url is not null && !Uri.TryCreate(record.Url, UriKind.Absolute, out _))
            {
                problems.Add(at.Field("url", $"'{record.Url}' is not an absolute URL."));
            }

            if (problems.Count == before)
            {
                sources[record.Key] = new Source
                {
                    Key = record.Key,
                    Kind = kind,
                    Title = record.Title,
                    Authors = record.Authors ?? [],
                    Publisher = record.Publisher,
                    PublishedEdtf = record.Published,
                    UpdatedEdtf = record.Updated,
                    AccessedEdtf = record.Accessed,
                    Url = record.Url,
                    Description = record.Description,
                    DocumentFile = record.File,
                };
            }
        }

        CheckDisplayTitles(records, sources, problems);
        return sources;
    }

    // A reader tells sources apart by their display titles: two alike would make a citation ambiguous.
    private static void CheckDisplayTitles(IReadOnlyList<SourceRecord> records, Dictionary<string, Source> sources, List<string> problems)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < records.Count; i++)
        {
            if (sources.TryGetValue(records[i].Key, out var source) && !seen.TryAdd(Text.NormaliseForQuoteMatch(source.DisplayTitle), source.Key))
            {
                problems.Add(new ProblemLocation(CuratedDataFiles.Sources, $"[{i}] ({source.Key})").Field(
                    "title",
                    $"'{source.DisplayTitle}' is how '{seen[Text.NormaliseForQuoteMatch(source.DisplayTitle)]}' reads too; give the publisher or site the document names, so that readers can tell them apart."));
            }
        }
    }

    private static void CheckDate(string? edtf, string field, ProblemLocation at, List<string> problems)
    {
        if (edtf is not null && !EdtfParser.TryParse(edtf, out _, out var error))
        {
            problems.Add(at.Field(field, error!));
        }
    }
}
