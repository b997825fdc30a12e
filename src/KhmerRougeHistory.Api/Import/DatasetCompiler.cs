using KhmerRougeHistory.Api.Agreement;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Import.Records;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Import;

/// <summary>
/// Turns curated records into a validated dataset: every problem is collected (not just the first), and
/// any problem stops the import before a database file is touched.
/// </summary>
internal static class DatasetCompiler
{
    // Dates that place a subject in time, for sorting and for "between 1970 and 1979" filters.
    private static readonly ClaimProperty[] _startProperties =
        [ClaimProperty.Date, ClaimProperty.BirthDate, ClaimProperty.FoundingDate, ClaimProperty.OpenedDate, ClaimProperty.ReleaseDate];

    private static readonly ClaimProperty[] _endProperties =
        [ClaimProperty.Date, ClaimProperty.EndDate, ClaimProperty.DeathDate, ClaimProperty.ReleaseDate];

    public static HistoryDataset Compile(CuratedData data)
    {
        var problems = new List<string>();
        var sources = SourceCompiler.Compile(data.Sources, problems);
        var subjects = EntityCompiler.Compile(data.Entities, problems);
        var claims = new ClaimCompiler(subjects, sources, problems);
        foreach (var (file, content) in data.ClaimFiles)
        {
            claims.CompileFile(file, content);
        }

        var compiled = claims.Finish();
        CheckLabels(data, compiled, problems);
        if (problems.Count > 0)
        {
            throw new ImportException(problems);
        }

        var groups = AgreementCalculator.Apply(compiled);
        DeriveSortDates(subjects.Values, compiled);
        return new HistoryDataset(
            data.Hash,
            [.. sources.Values.OrderBy(s => s.Key, StringComparer.Ordinal)],
            [.. subjects.Values.OrderBy(s => s.Key, StringComparer.Ordinal)],
            [.. compiled.OrderBy(c => c.Id, StringComparer.Ordinal)],
            groups);
    }

    // A person's, organization's or site's label must be a name some source uses: we never name them on our own.
    // Events are different: most have no name in the sources, so their label is an editorial title.
    private static void CheckLabels(CuratedData data, IReadOnlyCollection<Claim> claims, List<string> problems)
    {
        var names = claims.Where(c => c.Property == ClaimProperty.Name)
            .Select(c => (c.SubjectKey, Text.NormaliseForQuoteMatch(c.ValueText!)))
            .ToHashSet();
        foreach (var (type, records) in data.Entities.Where(e => e.Key != SubjectType.Event))
        {
            for (var i = 0; i < records.Count; i++)
            {
                if (!names.Contains((records[i].Key, Text.NormaliseForQuoteMatch(records[i].Label))))
                {
                    var at = new ProblemLocation(CuratedDataFiles.Entities[type], $"[{i}] ({records[i].Key})");
                    problems.Add(at.Field("label", $"'{records[i].Label}' is not a cited Name of this entity; add a Name claim with a source's quote."));
                }
            }
        }
    }

    internal static void DeriveSortDates(IEnumerable<Subject> subjects, IReadOnlyCollection<Claim> claims)
    {
        var dated = claims.Where(c => c.ValueKind == ValueKind.Date && c.Rank != Rank.Deprecated).ToLookup(c => c.SubjectKey);
        foreach (var subject in subjects)
        {
            var own = dated[subject.Key].ToList();
            subject.SortStart = own.Where(c => _startProperties.Contains(c.Property)).Min(c => c.DateEarliest);
            subject.SortEnd = own.Where(c => _endProperties.Contains(c.Property)).Max(c => c.DateLatest);
        }
    }
}
