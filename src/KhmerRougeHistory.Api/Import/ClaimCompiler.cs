using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Import.Records;
using KhmerRougeHistory.Api.Sources;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Import;

/// <summary>
/// Validates the claims files and merges the records that state the same value (same subject, property, value and
/// qualifiers), from one source or several, into one claim with one citation per quote. Each citation keeps how its
/// passage words the value ("about 20,000", "20,000") and when it says the relation held; the claim summarises them.
/// </summary>
internal sealed class ClaimCompiler(
    IReadOnlyDictionary<string, Subject> subjects, IReadOnlyDictionary<string, Source> sources, List<string> problems)
{
    public const int MaxQuoteLength = 300;

    // By what the claim states: records that state the same value are one claim.
    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private int _ordinal;

    public void CompileFile(string file, ClaimFileRecord content)
    {
        var fileAt = new ProblemLocation(file, "(file)");
        if (!sources.TryGetValue(content.Source, out var source))
        {
            problems.Add(fileAt.Field("source", $"'{content.Source}' is not a known source."));
            return;
        }

        if (Path.GetFileNameWithoutExtension(file) != Path.GetFileNameWithoutExtension(source.DocumentFile))
        {
            problems.Add(fileAt.Field("source", $"this file must be named after the source's document: {CuratedDataFiles.ClaimsFolder}/{Path.GetFileNameWithoutExtension(source.DocumentFile)}.json."));
        }

        for (var i = 0; i < content.Claims.Count; i++)
        {
            var record = content.Claims[i];
            var at = new ProblemLocation(file, $"claims[{i}] ({record.Subject} {record.Property})");
            Compile(record, source, at);
        }
    }

    /// <summary>The claims, each with its citations and what they say together; call once every file is compiled.</summary>
    public IReadOnlyList<Claim> Finish()
    {
        var claims = _statements.Values.Select(s => (Claim: Finish(s), Statement: s)).ToList();
        RejectEqualValues(claims);
        return [.. claims.Select(c => c.Claim)];
    }

    private void Compile(ClaimRecord r, Source source, ProblemLocation at)
    {
        var before = problems.Count;
        if (!subjects.ContainsKey(r.Subject))
        {
            problems.Add(at.Field("subject", $"'{r.Subject}' is not a known entity."));
        }

        if (!EnumText.TryParse<ClaimProperty>(r.Property, out var property))
        {
            problems.Add(at.Field("property", $"'{r.Property}' is not a property of the vocabulary (src/data/README.md)."));
            return;
        }

        var value = ValueParser.Parse(r.Value, PropertyCatalog.Get(property), subjects, at, problems);
        var nameType = Qualifiers.NameTypeOf(r, property, at, problems);
        var rank = Qualifiers.RankOf(r, at, problems);
        var validFrom = Qualifiers.DateOf(r.ValidFrom, "validFrom", at, problems);
        var validTo = Qualifiers.DateOf(r.ValidTo, "validTo", at, problems);
        Qualifiers.CheckOptionalTexts(r, at, problems);
        CheckPassage(r, at);
        if (r.Context is not null && !subjects.ContainsKey(r.Context))
        {
            problems.Add(at.Field("context", $"'{r.Context}' is not a known entity."));
        }

        if (problems.Count != before || value is null)
        {
            return;
        }

        var identity = string.Join('\u001f', r.Subject, property, value.Identity, r.Role, r.Context, nameType);
        if (!_statements.TryGetValue(identity, out var statement))
        {
            _statements[identity] = statement = new Statement(id => Claim(id, r, property, value, nameType, rank), rank, r.RankReason);
        }
        else if (rank != statement.Rank || r.RankReason != statement.RankReason)
        {
            // A merge would silently drop one of the two ranks.
            problems.Add(at.Field("rank", "an identical claim elsewhere has a different rank or rank reason."));
        }

        // The ID this record alone would give the claim: with the same formula as before claims were merged across
        // wordings, a claim that one record states keeps its public ID.
        statement.Ids.Add(StableId.For("claim/", r.Subject, property.ToString(), value.Canonical, r.Role, r.Context, nameType?.ToString(), r.ValidFrom, r.ValidTo));
        statement.Passages.Add(new Passage(source.Key, r, value.Certainty, validFrom, validTo, _ordinal++, at));
    }

    private void CheckPassage(ClaimRecord r, ProblemLocation at)
    {
        Text.Require(r.Quote, "quote", at, problems);
        Text.Require(r.Section, "section", at, problems);
        if (r.Quote.Length > MaxQuoteLength)
        {
            problems.Add(at.Field("quote", $"{r.Quote.Length} characters; at most {MaxQuoteLength} are allowed."));
        }

        if (r.Wording is not null && !Text.NormaliseForQuoteMatch(r.Quote).Contains(Text.NormaliseForQuoteMatch(r.Wording), StringComparison.Ordinal))
        {
            problems.Add(at.Field("wording", $"'{r.Wording}' does not occur in the quote."));
        }
    }

    private static Claim Claim(string id, ClaimRecord r, ClaimProperty property, ParsedValue value, NameType? nameType, Rank rank) => new()
    {
        Id = id,
        SubjectKey = r.Subject,
        Property = property,
        ValueKind = value.Kind,
        Certainty = value.Certainty,
        ValueSubjectKey = value.EntityKey,
        ValueText = value.Text,
        Amount = value.Amount,
        LowerBound = value.Lower,
        UpperBound = value.Upper,
        Unit = value.Unit,
        DateEdtf = value.Date?.Edtf,
        DateEarliest = value.Date?.Earliest,
        DateLatest = value.Date?.Latest,
        DatePrecision = value.Date?.Precision,
        NameType = nameType,
        Role = r.Role,
        ContextSubjectKey = r.Context,
        Rank = rank,
        RankReason = r.RankReason,
    };

    private Claim Finish(Statement statement)
    {
        var claim = statement.Create(statement.Ids.Min(StringComparer.Ordinal)!);
        foreach (var passage in statement.Passages)
        {
            var r = passage.Record;
            var id = StableId.For("citation/", claim.Id, passage.SourceKey, r.Quote);
            if (claim.Citations.Find(c => c.Id == id) is { } same)
            {
                // A document may repeat a passage word for word (a caption under several pictures): one citation.
                // Read in two ways, it would be two readings of one passage, and one of them would be lost.
                if (same.Certainty != passage.Certainty || same.ValidFromEdtf != r.ValidFrom || same.ValidToEdtf != r.ValidTo)
                {
                    problems.Add(passage.At.Whole("the same passage is cited for this claim elsewhere in the file with another certainty or validity; read it one way."));
                }

                continue;
            }

            claim.Citations.Add(new Citation
            {
                Id = id,
                ClaimId = claim.Id,
                SourceKey = passage.SourceKey,
                Quote = r.Quote,
                Wording = r.Wording,
                Certainty = passage.Certainty,
                ValidFromEdtf = r.ValidFrom,
                ValidToEdtf = r.ValidTo,
                Section = r.Section,
                Note = r.Note,
                Ordinal = passage.Ordinal,
            });
        }

        var certainties = claim.Citations.Select(c => c.Certainty).Distinct().ToList();
        claim.Certainty = certainties.Count == 1 ? certainties[0] : Certainty.Mixed;
        // When citations give different dates for a relation, the claim spans them all; each citation keeps its own.
        var from = statement.Passages.Where(p => p.ValidFrom is not null).MinBy(p => p.ValidFrom!.Earliest ?? DateOnly.MinValue);
        var to = statement.Passages.Where(p => p.ValidTo is not null).MaxBy(p => p.ValidTo!.Latest ?? DateOnly.MaxValue);
        (claim.ValidFromEdtf, claim.ValidFromEarliest) = (from?.ValidFrom!.Edtf, from?.ValidFrom!.Earliest);
        (claim.ValidToEdtf, claim.ValidToLatest) = (to?.ValidTo!.Edtf, to?.ValidTo!.Latest);
        return claim;
    }

    // Records merge when they state the same value; values that are equal but written differently ("Life
    // imprisonment", "life imprisonment") would stay two claims, and their sources would never corroborate each other.
    // A name is the exception: its spelling, capitals included, is what a Name claim states.
    private void RejectEqualValues(List<(Claim Claim, Statement Statement)> claims)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (claim, statement) in claims)
        {
            var value = claim.ValueText ?? claim.Unit ?? string.Empty;
            var written = claim.Property == ClaimProperty.Name ? value : Text.NormaliseForQuoteMatch(value).ToUpperInvariant();
            var loose = string.Join('\u001f', claim.SubjectKey, claim.Property, claim.Role, claim.ContextSubjectKey, claim.NameType, claim.ValueKind,
                claim.Amount, claim.LowerBound, claim.UpperBound, claim.DateEdtf, claim.ValueSubjectKey, written);
            if (!seen.TryAdd(loose, value))
            {
                problems.Add(statement.Passages[0].At.Field(
                    "value",
                    $"'{value}' is the value '{seen[loose]}' of another claim about {claim.SubjectKey}, written differently; write it the same way, so that its sources corroborate each other."));
            }
        }
    }

    private sealed class Statement(Func<string, Claim> create, Rank rank, string? rankReason)
    {
        public Func<string, Claim> Create { get; } = create;

        public Rank Rank { get; } = rank;

        public string? RankReason { get; } = rankReason;

        public List<string> Ids { get; } = [];

        public List<Passage> Passages { get; } = [];
    }

    private sealed record Passage(
        string SourceKey, ClaimRecord Record, Certainty Certainty, Dates.HistoricalDate? ValidFrom, Dates.HistoricalDate? ValidTo, int Ordinal, ProblemLocation At);
}
