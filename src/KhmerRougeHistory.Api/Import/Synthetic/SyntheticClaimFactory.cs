using System.Globalization;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Dates;
using KhmerRougeHistory.Api.Subjects.Synthetic;

namespace KhmerRougeHistory.Api.Import.Synthetic;

/// <summary>
/// Builds claims the way the importer does (stable IDs from content, 1–3 citations from distinct sources), with
/// values that are invented. One source in ten citations is the big "register", as real archives are uneven.
/// </summary>
internal sealed class SyntheticClaimFactory(Random random, IReadOnlyList<string> sourceKeys) : ISyntheticClaims
{
    private int _ordinal;

    public Claim Text(string subject, ClaimProperty claimProperty, string text, NameType? nameType = null) =>
        Cite(new Claim
        {
            Id = StableId.For("claim/", subject, claimProperty.ToString(), text, null, null, nameType?.ToString(), null, null),
            SubjectKey = subject,
            Property = claimProperty,
            ValueKind = ValueKind.Text,
            Certainty = Certainty.Stated,
            ValueText = text,
            NameType = nameType,
        }, text);

    public Claim Entity(string subject, ClaimProperty claimProperty, string target, string? role = null, string? validFrom = null, string? validTo = null) =>
        Cite(new Claim
        {
            Id = StableId.For("claim/", subject, claimProperty.ToString(), target, role, null, null, validFrom, validTo),
            SubjectKey = subject,
            Property = claimProperty,
            ValueKind = ValueKind.Entity,
            Certainty = Certainty.Stated,
            ValueSubjectKey = target,
            Role = role,
            ValidFromEdtf = validFrom,
            ValidFromEarliest = validFrom is null ? null : new DateOnly(int.Parse(validFrom, CultureInfo.InvariantCulture), 1, 1),
            ValidToEdtf = validTo,
            ValidToLatest = validTo is null ? null : new DateOnly(int.Parse(validTo, CultureInfo.InvariantCulture), 12, 31),
        }, role ?? target);

    /// <summary>A day when <paramref name="day"/> is given, else a year.</summary>
    public Claim DateClaim(string subject, ClaimProperty claimProperty, int year, int month = 0, int day = 0)
    {
        var precise = day > 0;
        var edtf = precise ? $"{year:0000}-{month:00}-{day:00}" : $"{year:0000}";
        return Cite(new Claim
        {
            Id = StableId.For("claim/", subject, claimProperty.ToString(), edtf, null, null, null, null, null),
            SubjectKey = subject,
            Property = claimProperty,
            ValueKind = ValueKind.Date,
            Certainty = Certainty.Stated,
            DateEdtf = edtf,
            DateEarliest = precise ? new DateOnly(year, month, day) : new DateOnly(year, 1, 1),
            DateLatest = precise ? new DateOnly(year, month, day) : new DateOnly(year, 12, 31),
            DatePrecision = precise ? DatePrecision.Day : DatePrecision.Year,
        }, edtf);
    }

    public Claim Quantity(string subject, ClaimProperty claimProperty, double amount, string unit, Certainty certainty)
    {
        var canonical = $"{certainty} {amount.ToString("R", CultureInfo.InvariantCulture)} {unit}";
        return Cite(new Claim
        {
            Id = StableId.For("claim/", subject, claimProperty.ToString(), canonical, null, null, null, null, null),
            SubjectKey = subject,
            Property = claimProperty,
            ValueKind = ValueKind.Quantity,
            Certainty = certainty,
            Amount = amount,
            Unit = unit,
        }, amount.ToString("N0", CultureInfo.InvariantCulture));
    }

    private Claim Cite(Claim claim, string wording)
    {
        var roll = random.Next(10);
        var count = roll < 6 ? 1 : roll < 9 ? 2 : 3;
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var source = random.Next(10) == 0 ? sourceKeys[0] : sourceKeys[random.Next(sourceKeys.Count)];
            if (!used.Add(source))
            {
                continue;
            }

            var quote = $"Synthetic entry {_ordinal}: {claim.Property} of {claim.SubjectKey} recorded as {wording}.";
            claim.Citations.Add(new Citation
            {
                Id = StableId.For("citation/", claim.Id, source, quote),
                ClaimId = claim.Id,
                SourceKey = source,
                Quote = quote.Length <= ClaimCompiler.MaxQuoteLength ? quote : quote[..ClaimCompiler.MaxQuoteLength],
                Wording = wording.Length <= ClaimCompiler.MaxQuoteLength ? wording : null,
                Section = $"Register page {random.Next(1, 2000)}",
                Certainty = claim.Certainty,
                ValidFromEdtf = claim.ValidFromEdtf,
                ValidToEdtf = claim.ValidToEdtf,
                Ordinal = _ordinal++,
            });
        }

        return claim;
    }
}
