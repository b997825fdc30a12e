using System.Globalization;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Dates;
using KhmerRougeHistory.Api.Events;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Organizations;
using KhmerRougeHistory.Api.Persons;
using KhmerRougeHistory.Api.Sites;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace KhmerRougeHistory.Api.Tests.Import;

/// <summary>The real importer on the real curated data, read back from the real SQLite database.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class CuratedDataImportTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryDbContext _db = new(new DbContextOptionsBuilder<HistoryDbContext>()
        .UseSqlite(new HistoryDatabase(database.FilePath, RepositoryPaths.DataDirectory).ReadOnlyConnectionString).Options);

    [Fact]
    public async Task Database_HoldsEveryKindOfRecordInTheExpectedNumbers()
    {
        Assert.Equal(5, await _db.Sources.CountAsync());
        Assert.True(await _db.Set<Person>().CountAsync() + await _db.Set<Organization>().CountAsync() + await _db.Set<Site>().CountAsync() >= 40);
        Assert.True(await _db.Set<HistoricalEvent>().CountAsync() >= 30);
        Assert.True(await _db.Claims.CountAsync() >= 150);
        Assert.Equal(database.Dataset.Claims.Sum(c => c.Citations.Count), await _db.Citations.CountAsync());
        Assert.Equal(database.Dataset.Groups.Count, await _db.ClaimGroups.CountAsync());
    }

    [Fact]
    public async Task EveryClaim_HasACitationWithAShortQuote()
    {
        Assert.False(await _db.Claims.AnyAsync(c => !c.Citations.Any()));
        Assert.False(await _db.Citations.AnyAsync(c => c.Quote.Length > 300 || c.Quote.Length == 0));
    }

    [Fact]
    public async Task S21PrisonerCounts_AreKeptSideBySideAndMarkedConflicting()
    {
        var claims = await ClaimsAsync("site/s-21", ClaimProperty.PrisonerCount);

        // One claim per figure, each source in its own words: "more than 17,000" and "an estimated 17,000" are two
        // wordings of 17,000; "around 20,000" and "20,000 prisoners" two of 20,000.
        var seventeen = Assert.Single(claims, c => c.Amount == 17000);
        var twenty = Assert.Single(claims, c => c.Amount == 20000);
        Assert.Equal(Certainty.Mixed, seventeen.Certainty);
        Assert.Contains(seventeen.Citations, c => c is { SourceKey: "source/new-year-baby-khmer-rouge", Certainty: Certainty.AtLeast });
        Assert.Contains(seventeen.Citations, c => c is { SourceKey: "source/asia-highlights-khmer-rouge", Certainty: Certainty.Approximate });
        Assert.Contains(twenty.Citations, c => c is { SourceKey: "source/killing-fields-s21-history", Certainty: Certainty.Approximate });
        Assert.Contains(twenty.Citations, c => c is { SourceKey: "source/ati-tuol-sleng-portraits", Certainty: Certainty.Stated });
        Assert.Equal(2, seventeen.SourceCount);
        Assert.Equal(2, twenty.SourceCount);

        // "An estimated 17,000" and "around 20,000" cannot both be true, so both figures are disputed, although
        // "more than 17,000" alone would fit 20,000; "thousands" fits either.
        Assert.Equal((17000, 17500), (seventeen.AllowedLow, seventeen.AllowedHigh));
        Assert.Equal(AgreementStatus.Disputed, seventeen.Agreement);
        Assert.Equal(AgreementStatus.Disputed, twenty.Agreement);
        var thousands = Assert.Single(claims, c => c is { Certainty: Certainty.Vague, LowerBound: 2000, UpperBound: null });
        Assert.True(Cites(thousands, "source/s21-film-listing"));
        Assert.Equal(AgreementStatus.SingleSource, thousands.Agreement);
        var group = await _db.ClaimGroups.SingleAsync(g => g.SubjectKey == "site/s-21" && g.Property == ClaimProperty.PrisonerCount);
        Assert.Equal(GroupStatus.Conflicting, group.Status);
        Assert.Equal(5, group.SourceCount);
    }

    [Fact]
    public async Task EqualValues_FromDifferentSources_AreOneClaim()
    {
        var claims = await _db.Claims.AsNoTracking().Include(c => c.Citations).ToListAsync();

        var repeated = claims.GroupBy(c => (c.SubjectKey, c.Property, c.Role, c.ContextSubjectKey, c.NameType, c.Amount, c.LowerBound, c.UpperBound, c.Unit, c.DateEdtf, c.ValueText, c.ValueSubjectKey))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.Empty(repeated);
        // Sihanouk as head of state: one source says until 1970, the other gives no date; one claim, each citation its own.
        var headOfState = Assert.Single(claims, c => c is { SubjectKey: "person/norodom-sihanouk", Property: ClaimProperty.LeaderOf, Role: "head of state" });
        Assert.Equal("1970", headOfState.ValidToEdtf);
        Assert.Equal(2, headOfState.SourceCount);
        Assert.Contains(headOfState.Citations, c => c.ValidToEdtf is null);
        Assert.Contains(headOfState.Citations, c => c.ValidToEdtf == "1970");
    }

    [Fact]
    public async Task PolPotsBirthDates_FromTwoSources_AreBothKeptAsDisputed()
    {
        var claims = await ClaimsAsync("person/pol-pot", ClaimProperty.BirthDate);

        var day = Assert.Single(claims, c => c.DateEdtf == "1925-05-19");
        var year = Assert.Single(claims, c => c.DateEdtf == "1928");
        Assert.True(Cites(day, "source/killing-fields-s21-history"));
        Assert.Equal(DatePrecision.Day, day.DatePrecision);
        Assert.True(Cites(year, "source/new-year-baby-khmer-rouge"));
        Assert.Equal(new DateOnly(1928, 1, 1), year.DateEarliest);
        Assert.Equal(new DateOnly(1928, 12, 31), year.DateLatest);
        Assert.All(claims, c => Assert.Equal(AgreementStatus.Disputed, c.Agreement));
    }

    [Theory]
    [InlineData("person/duch", new[] { "Kang Kek Iew", "Kaing Guek Eav", "Comrade Duch", "Duch" })]
    [InlineData("person/pol-pot", new[] { "Pol Pot", "Saloth Sar" })]
    [InlineData("site/choeung-ek", new[] { "Choeung Ek", "Cheung Ek", "Cheoung Ek" })]
    [InlineData("site/s-21", new[] { "Tuol Sleng", "S-21", "S21", "Security Prison 21" })]
    [InlineData("organization/khmer-rouge", new[] { "Khmer Rouge", "Red Khmer", "Angka" })]
    public async Task NameVariants_AreEachCited(string subject, string[] expected)
    {
        var names = await ClaimsAsync(subject, ClaimProperty.Name);

        foreach (var name in expected)
        {
            Assert.Contains(names, c => c.ValueText == name && c.NameType is not null && c.Citations.Count > 0);
        }
    }

    [Fact]
    public async Task FilmListing_ContradictingItself_IsRecordedBothWays()
    {
        var group = await _db.ClaimGroups.Include(g => g.Claims).ThenInclude(c => c.Citations)
            .SingleAsync(g => g.SubjectKey == "event/s21-film-release" && g.Property == ClaimProperty.ReleaseDate);

        Assert.Equal(GroupStatus.Conflicting, group.Status);
        Assert.Equal(1, group.SourceCount);
        Assert.Equal(["2002", "2003"], group.Claims.Select(c => c.DateEdtf).Order());
    }

    [Fact]
    public async Task VietnameseInvasionDates_JanuaryAndLate1979_Conflict()
    {
        var claims = await ClaimsAsync("event/vietnamese-invasion", ClaimProperty.Date);

        Assert.Equal(AgreementStatus.Disputed, Assert.Single(claims, c => c.DateEdtf == "1979-01-07").Agreement);
        Assert.Equal(AgreementStatus.Disputed, Assert.Single(claims, c => c.DateEdtf == "1979-41").Agreement);
        Assert.NotEqual(AgreementStatus.Disputed, Assert.Single(claims, c => c.DateEdtf == "1979").Agreement);
    }

    [Fact]
    public async Task Relations_CarryTheirOwnProvenance()
    {
        var armedWing = Assert.Single(await ClaimsAsync("organization/khmer-rouge", ClaimProperty.PartOf), c => c.ValueSubjectKey == "organization/cpk");
        var headOfS21 = await ClaimsAsync("person/duch", ClaimProperty.LeaderOf);
        var inPhnomPenh = await ClaimsAsync("site/s-21", ClaimProperty.LocatedIn);

        Assert.Equal("armed wing", armedWing.Role);
        Assert.True(Cites(armedWing, "source/asia-highlights-khmer-rouge"));
        Assert.Contains(headOfS21, c => c.ValueSubjectKey == "site/s-21" && c.SourceCount >= 2);
        Assert.Contains(inPhnomPenh, c => c.ValueSubjectKey == "site/phnom-penh");
    }

    [Fact]
    public async Task ChoeungEk_IsAbout17KilometersSouthOfPhnomPenh()
    {
        var distance = Assert.Single(await ClaimsAsync("site/choeung-ek", ClaimProperty.Distance));

        Assert.Equal((17d, "kilometer", Certainty.Approximate, "site/phnom-penh"), (distance.Amount!.Value, distance.Unit, distance.Certainty, distance.ContextSubjectKey));
        Assert.Contains("about 17 kilometers south", distance.Citations.Single().Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_AreSortableByDate()
    {
        var fall = await _db.Set<HistoricalEvent>().SingleAsync(e => e.Key == "event/fall-of-phnom-penh");
        var timeline = await _db.Set<HistoricalEvent>().Where(e => e.SortStart >= new DateOnly(1970, 1, 1) && e.SortStart <= new DateOnly(1979, 12, 31))
            .OrderBy(e => e.SortStart).ThenBy(e => e.Key).Select(e => e.Key).ToListAsync();

        Assert.Equal(new DateOnly(1975, 4, 1), fall.SortStart);
        Assert.Contains("event/fall-of-phnom-penh", timeline);
        Assert.True(timeline.IndexOf("event/coup-1970") < timeline.IndexOf("event/fall-of-phnom-penh"));
    }

    /// <summary>Every disagreement in the data, as a reviewer reads it: values side by side with their sources.</summary>
    [Fact]
    public async Task ConflictingGroups_MatchSnapshot()
    {
        var groups = await _db.ClaimGroups.Where(g => g.Status == GroupStatus.Conflicting)
            .Include(g => g.Claims).ThenInclude(c => c.Citations)
            .OrderBy(g => g.SubjectKey).ThenBy(g => g.Property).ThenBy(g => g.Id)
            .ToListAsync();

        Snapshot.Match(groups.Select(g => new
        {
            Subject = g.SubjectKey,
            Property = g.Property.ToString(),
            g.Role,
            g.SourceCount,
            Values = g.Claims.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new
            {
                Value = c.DateEdtf ?? c.ValueText ?? c.ValueSubjectKey ?? $"{c.Amount?.ToString(CultureInfo.InvariantCulture) ?? $"[{c.LowerBound}, {c.UpperBound}]"} {c.Unit}",
                Certainty = c.Certainty.ToString(),
                Sources = c.Citations.Select(x => x.SourceKey).Distinct().Order(StringComparer.Ordinal),
            }),
        }));
    }

    private Task<List<Claim>> ClaimsAsync(string subject, ClaimProperty property) =>
        _db.Claims.Include(c => c.Citations).Where(c => c.SubjectKey == subject && c.Property == property).ToListAsync();

    private static bool Cites(Claim claim, string sourceKey) => claim.Citations.Any(c => c.SourceKey == sourceKey);

    public void Dispose() => _db.Dispose();
}
