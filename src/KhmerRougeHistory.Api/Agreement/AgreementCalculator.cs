using KhmerRougeHistory.Api.Claims;

namespace KhmerRougeHistory.Api.Agreement;

/// <summary>
/// Computes agreement: per group of claims about one subject and single-valued property (with the same
/// qualifiers), and per claim. Nothing is chosen; disagreement is only made findable.
/// </summary>
internal static class AgreementCalculator
{
    public static IReadOnlyList<ClaimGroup> Apply(IReadOnlyCollection<Claim> claims)
    {
        foreach (var claim in claims)
        {
            claim.SourceCount = claim.Citations.Select(c => c.SourceKey).Distinct(StringComparer.Ordinal).Count();
            claim.Agreement = claim.SourceCount >= 2 ? AgreementStatus.Corroborated : AgreementStatus.SingleSource;
            if (claim.ValueKind == ValueKind.Quantity)
            {
                // What the claim allows is what every source's wording allows: two claims then conflict exactly
                // when some source's wording of one cannot be true with some source's wording of the other.
                var allowed = Wordings(claim).Aggregate((a, b) => a.Intersect(b));
                claim.AllowedLow = double.IsInfinity(allowed.Low) ? null : allowed.Low;
                claim.AllowedHigh = double.IsInfinity(allowed.High) ? null : allowed.High;
            }
        }

        var groups = new List<ClaimGroup>();
        var singleValued = claims.Where(c => PropertyCatalog.Get(c.Property).SingleValued && c.Rank != Rank.Deprecated);
        foreach (var members in singleValued.GroupBy(c => (c.SubjectKey, c.Property, c.Role, c.ContextSubjectKey)))
        {
            var list = members.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
            groups.Add(BuildGroup(members.Key, list));
        }

        return groups;
    }

    private static ClaimGroup BuildGroup((string SubjectKey, ClaimProperty Property, string? Role, string? Context) key, List<Claim> members)
    {
        var id = StableId.For("group/", key.SubjectKey, key.Property.ToString(), key.Role, key.Context);
        var conflicting = false;
        foreach (var claim in members)
        {
            claim.GroupId = id;
            if (members.Any(other => !ReferenceEquals(other, claim) && !Compatible(claim, other)))
            {
                claim.Agreement = AgreementStatus.Disputed;
                conflicting = true;
            }
        }

        var sourceCount = members.SelectMany(c => c.Citations).Select(c => c.SourceKey).Distinct(StringComparer.Ordinal).Count();
        var status = conflicting ? GroupStatus.Conflicting
            : sourceCount == 1 ? GroupStatus.SingleSource
            : members.Count == 1 ? GroupStatus.Agree
            : GroupStatus.Compatible;
        var (low, high) = Envelope(members);
        return new ClaimGroup
        {
            Id = id,
            SubjectKey = key.SubjectKey,
            Property = key.Property,
            Role = key.Role,
            ContextSubjectKey = key.Context,
            Status = status,
            SourceCount = sourceCount,
            ClaimCount = members.Count,
            EnvelopeLow = low,
            EnvelopeHigh = high,
        };
    }

    /// <summary>Two claims can both be true: their ranges overlap, or (texts, entities) they say the same.</summary>
    public static bool Compatible(Claim a, Claim b) =>
        ValueInterval.Of(a) is { } x && ValueInterval.Of(b) is { } y
            ? x.Overlaps(y)
            : string.Equals(a.ValueText, b.ValueText, StringComparison.OrdinalIgnoreCase) && a.ValueSubjectKey == b.ValueSubjectKey;

    /// <summary>What each distinct wording of a quantity claim's value allows (its citations' certainties).</summary>
    private static IEnumerable<ValueInterval> Wordings(Claim claim) =>
        claim.Citations.Select(c => c.Certainty).Distinct().Select(certainty => ValueInterval.OfWording(claim, certainty));

    // The span that any source's wording of any value allows.
    private static (string? Low, string? High) Envelope(List<Claim> members)
    {
        var intervals = members.SelectMany(c => c.ValueKind == ValueKind.Quantity ? Wordings(c) : ValueInterval.Of(c) is { } i ? [i] : []).ToList();
        if (intervals.Count == 0)
        {
            return (null, null);
        }

        var (low, high) = intervals.Aggregate((a, b) => a.Union(b));
        return members[0].ValueKind == ValueKind.Date
            ? (Format(low, d => DateOnly.FromDayNumber((int)d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
               Format(high, d => DateOnly.FromDayNumber((int)d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            : (Format(low, d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
               Format(high, d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string? Format(double value, Func<double, string> format) => double.IsInfinity(value) ? null : format(value);
}
