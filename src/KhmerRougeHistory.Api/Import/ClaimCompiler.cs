using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Import.Records;
using KhmerRougeHistory.Api.Sources;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Import;

/// <summary>
/// Validates the claims files and merges identical claims (same subject, property, value and qualifiers),
/// from one source or several, into one claim with one citation per quote.
/// </summary>
internal sealed class ClaimCompiler(
    IReadOnlyDictionary<string, Subject> subjects, IReadOnlyDictionary<string, Source> sources, List<string> problems)
{
    public const int MaxQuoteLength = 300;

    private readonly Dictionary<string, Claim> _claims = new(StringComparer.Ordinal);
    private int _ordinal;

    public IReadOnlyCollection<Claim> Claims => _claims.Values;

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
            if (Build(record, at) is { } claim)
            {
                AddCitation(Merge(claim, at), source, record, at);
            }
        }
    }

    private Claim? Build(ClaimRecord r, ProblemLocation at)
    {
        var before = problems.Count;
        if (!subjects.ContainsKey(r.Subject))
        {
            problems.Add(at.Field("subject", $"'{r.Subject}' is not a known entity."));
        }

        if (!EnumText.TryParse<ClaimProperty>(r.Property, out var property))
        {
            problems.Add(at.Field("property", $"'{r.Property}' is not a property of the vocabulary (src/data/README.md)."));
            return null;
        }

        var value = ValueParser.Parse(r.Value, PropertyCatalog.Get(property), subjects, at, problems);
        var nameType = Qualifiers.NameTypeOf(r, property, at, problems);
        var rank = Qualifiers.RankOf(r, at, problems);
        var validFrom = Qualifiers.DateOf(r.ValidFrom, "validFrom", at, problems);
        var validTo = Qualifiers.DateOf(r.ValidTo, "validTo", at, problems);
        Qualifiers.CheckOptionalTexts(r, at, problems);
        if (r.Context is not null && !subjects.ContainsKey(r.Context))
        {
            problems.Add(at.Field("context", $"'{r.Context}' is not a known entity."));
        }

        if (problems.Count != before || value is null)
        {
            return null;
        }

        return new Claim
        {
            Id = StableId.For("claim/", r.Subject, property.ToString(), value.Canonical, r.Role, r.Context, nameType?.ToString(), r.ValidFrom, r.ValidTo),
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
            ValidFromEdtf = r.ValidFrom,
            ValidFromEarliest = validFrom?.Earliest,
            ValidToEdtf = r.ValidTo,
            ValidToLatest = validTo?.Latest,
            Rank = rank,
            RankReason = r.RankReason,
        };
    }

    // Identical claims merge; the rank must then agree, or the merge would silently drop one of them.
    private Claim Merge(Claim claim, ProblemLocation at)
    {
        if (!_claims.TryGetValue(claim.Id, out var existing))
        {
            _claims[claim.Id] = claim;
            return claim;
        }

        if (claim.Rank != existing.Rank || claim.RankReason != existing.RankReason)
        {
            problems.Add(at.Field("rank", "an identical claim elsewhere has a different rank or rank reason."));
        }

        return existing;
    }

    private void AddCitation(Claim claim, Source source, ClaimRecord r, ProblemLocation at)
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

        // A document may repeat a passage word for word (a caption under several pictures): one citation.
        var id = StableId.For("citation/", claim.Id, source.Key, r.Quote);
        if (claim.Citations.Any(c => c.Id == id))
        {
            return;
        }

        claim.Citations.Add(new Citation
        {
            Id = id,
            ClaimId = claim.Id,
            SourceKey = source.Key,
            Quote = r.Quote,
            Wording = r.Wording,
            Section = r.Section,
            Note = r.Note,
            Ordinal = _ordinal++,
        });
    }
}
