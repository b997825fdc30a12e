using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Dates;
using KhmerRougeHistory.Api.Import.Records;

namespace KhmerRougeHistory.Api.Import;

/// <summary>Checks a claim's qualifiers: name type, rank, validity dates and optional texts.</summary>
internal static class Qualifiers
{
    public static NameType? NameTypeOf(ClaimRecord r, ClaimProperty property, ProblemLocation at, List<string> problems)
    {
        if (property != ClaimProperty.Name)
        {
            if (r.NameType is not null)
            {
                problems.Add(at.Field("nameType", "only Name claims have a name type."));
            }

            return null;
        }

        if (EnumText.TryParse<NameType>(r.NameType, out var nameType))
        {
            return nameType;
        }

        problems.Add(at.Field("nameType", r.NameType is null ? "a Name claim needs a name type." : EnumText.Expected<NameType>(r.NameType)));
        return null;
    }

    // Wikidata's rule: a rank other than normal is an editorial decision and must say why.
    public static Rank RankOf(ClaimRecord r, ProblemLocation at, List<string> problems)
    {
        var rank = Rank.Normal;
        if (r.Rank is not null && !EnumText.TryParse(r.Rank, out rank))
        {
            problems.Add(at.Field("rank", EnumText.Expected<Rank>(r.Rank)));
        }

        if (rank != Rank.Normal && string.IsNullOrWhiteSpace(r.RankReason))
        {
            problems.Add(at.Field("rankReason", $"a {rank} claim must say why."));
        }

        if (rank == Rank.Normal && r.RankReason is not null)
        {
            problems.Add(at.Field("rankReason", "only a Preferred or Deprecated claim has a rank reason."));
        }

        return rank;
    }

    public static HistoricalDate? DateOf(string? edtf, string field, ProblemLocation at, List<string> problems)
    {
        if (edtf is null)
        {
            return null;
        }

        if (EdtfParser.TryParse(edtf, out var date, out var error))
        {
            return date;
        }

        problems.Add(at.Field(field, error!));
        return null;
    }

    public static void CheckOptionalTexts(ClaimRecord r, ProblemLocation at, List<string> problems)
    {
        foreach (var (field, value) in new[] { ("wording", r.Wording), ("role", r.Role), ("note", r.Note), ("rankReason", r.RankReason) })
        {
            if (value is not null)
            {
                Text.Require(value, field, at, problems);
            }
        }
    }
}
