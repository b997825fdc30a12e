using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Files;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Search;
using KhmerRougeHistory.Api.Subjects;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Tests.Search;

/// <summary>Search on the real database built by the real importer, through a read-only connection.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class SubjectSearchTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryDatabase _history = new(database.FilePath, RepositoryPaths.DataDirectory);
    private readonly SqliteReadConnections _connections = new(new HistoryDatabase(database.FilePath, RepositoryPaths.DataDirectory));

    private SubjectSearch Search => With(new SubjectSearchOptions());

    [Fact]
    public async Task Search_WithWordPrefixes_FindsPolPotFirst()
    {
        var hits = await SearchAsync("pol po");

        Assert.Equal("person/pol-pot", hits[0].Key);
        Assert.Equal(SubjectType.Person, hits[0].Type);
    }

    [Fact]
    public async Task Search_WithALaterWordOfAName_FindsTuolSleng()
    {
        var keys = Keys(await SearchAsync("sleng"));

        Assert.Contains("site/s-21", keys);
        Assert.Contains("site/tuol-sleng-genocide-museum", keys);
    }

    [Theory]
    [InlineData("tuol")]
    [InlineData("TUOL")]
    [InlineData("Tuól")]
    [InlineData("Tu\u0301ol")]
    [InlineData("TÚOL SLÉ")]
    public async Task Search_IgnoresCaseAndAccents(string text)
    {
        var keys = Keys(await SearchAsync(text));

        Assert.Contains("site/s-21", keys);
        Assert.Contains("site/tuol-sleng-genocide-museum", keys);
    }

    [Fact]
    public async Task Search_AcrossACurlyApostropheInTheData_MatchesAStraightOne()
    {
        // "Khmer People’s Revolutionary Party": either apostrophe separates words, as any punctuation does.
        var keys = Keys(await SearchAsync("people's revol"));

        Assert.Contains("organization/kprp", keys);
    }

    [Fact]
    public async Task Search_WithSeveralWords_RequiresEveryWord()
    {
        var keys = Keys(await SearchAsync("pol paris"));

        Assert.Contains("event/pol-pot-studies-in-paris", keys);
        Assert.DoesNotContain("person/pol-pot", keys);
        Assert.DoesNotContain("site/beijing", keys);
    }

    [Theory]
    [InlineData("Saloth", "person/pol-pot")]
    [InlineData("saloth sar", "person/pol-pot")]
    [InlineData("Kang Kek", "person/duch")]
    [InlineData("Kaing Guek Eav", "person/duch")]
    [InlineData("Angka", "organization/khmer-rouge")]
    [InlineData("Cheoung", "site/choeung-ek")]
    public async Task Search_ByACitedName_FindsTheSubjectFirst(string text, string key)
    {
        var hits = await SearchAsync(text);

        Assert.Equal(key, hits[0].Key);
    }

    [Fact]
    public async Task Search_RanksLabelMatchesAboveDescriptionOnlyMatches()
    {
        var keys = Keys(await SearchAsync("sihanouk"));

        // Labels "Norodom Sihanouk" and "Khmer Rouge alliance with Sihanouk"; descriptions "... ousted Norodom
        // Sihanouk ..." (label "military coup") and "... cousin of Sihanouk ..." (label "Sisowath Sirik Matak").
        Assert.Equal(4, keys.Count);
        Assert.Equal(["event/khmer-rouge-sihanouk-alliance", "person/norodom-sihanouk"], keys.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(["event/coup-1970", "person/sisowath-sirik-matak"], keys.Skip(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_RanksAnExactLabelAboveLongerLabels()
    {
        Assert.Equal("person/duch", (await SearchAsync("duch"))[0].Key);
        Assert.Equal("site/s-21", (await SearchAsync("s-21"))[0].Key);
        Assert.Equal("site/phnom-penh", (await SearchAsync("phnom penh"))[0].Key);
    }

    [Fact]
    public async Task Search_ReturnsEveryTypeWithTheTypeOfItsKey()
    {
        var hits = await SearchAsync("khmer", first: 100);

        Assert.All(hits, h => Assert.StartsWith(h.Type.ToString().ToLowerInvariant() + "/", h.Key, StringComparison.Ordinal));
        Assert.Equal(Enum.GetValues<SubjectType>().Order(), hits.Select(h => h.Type).Distinct().Order());
    }

    [Fact]
    public async Task Search_OrdersByScoreThenKey()
    {
        var hits = await SearchAsync("khmer", first: 100);

        Assert.True(hits.Count > 10);
        Assert.Equal(hits.OrderByDescending(h => h.Score).ThenBy(h => h.Key, StringComparer.Ordinal), hits);
    }

    [Fact]
    public async Task Search_ReturnsAtMostFirstHits()
    {
        var all = await SearchAsync("khmer", first: 100);

        var some = await SearchAsync("khmer", first: 3);

        Assert.Equal(all.Take(3), some);
        Assert.Empty(await SearchAsync("khmer", first: 0));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("\"\" * ( ) : ^ - +")]
    public async Task Search_WithoutAnyWord_ReturnsNoHits(string text)
    {
        Assert.Empty(await SearchAsync(text));
    }

    [Theory]
    [InlineData("\"pol\" pot", "pol pot")]
    [InlineData("pol* pot*", "pol pot")]
    [InlineData("pol\" OR \"duch", "pol or duch")]
    [InlineData("NEAR(pol pot)", "near pol pot")]
    [InlineData("NEAR(", "near")]
    [InlineData("Label:pol", "label pol")]
    [InlineData("{Label Names}: pol", "label names pol")]
    [InlineData("^pol NOT pot", "pol not pot")]
    [InlineData("pol -pot", "pol pot")]
    [InlineData("pol AND", "pol and")]
    public async Task Search_WithFtsSyntaxInTheText_TreatsItAsPlainWords(string text, string sameAs)
    {
        Assert.Equal(await SearchAsync(sameAs), await SearchAsync(text));
    }

    [Fact]
    public async Task Search_WithOrBetweenWords_StillRequiresEveryWord()
    {
        Assert.Empty(await SearchAsync("saloth OR duch"));
    }

    [Fact]
    public async Task Search_WithMoreWordsThanAllowed_FailsWithTheLimit()
    {
        var search = With(new SubjectSearchOptions { MaxTerms = 2 });

        var error = await Assert.ThrowsAsync<TooManySearchTermsException>(() => search.SearchAsync("a b c", 10, CancellationToken.None));

        Assert.Equal(3, error.Count);
        Assert.Equal(2, error.Limit);
        Assert.Contains("at most 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WhenCancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Search.SearchAsync("pol", 10, cancellation.Token));
    }

    public void Dispose() => _connections.Dispose();

    private SubjectSearch With(SubjectSearchOptions options) => new(new SqlRows(_connections, []), new SearchMatches(_history, Options.Create(options)), ModelTables.For(_history));

    private static List<string> Keys(IEnumerable<SearchHit> hits) => [.. hits.Select(h => h.Key)];

    private Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int first = 20) =>
        Search.SearchAsync(text, first, CancellationToken.None);
}
