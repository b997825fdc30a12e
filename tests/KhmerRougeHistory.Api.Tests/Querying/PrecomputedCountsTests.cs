using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>
/// Lists whose condition takes no client input (a source's citations and disputed claims, an event's participants)
/// are counted once by the importer; an unfiltered <c>totalCount</c> reads that count by key. It must be the count a
/// filter that keeps every item computes at run time, for every parent, batched or alone.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class PrecomputedCountsTests : IDisposable
{
    // Conditions that hold for every item, so the count is computed by the query, not read.
    private const string Query = """
        {
          sources(first: 50) { nodes { id
            citations(first: 1) { totalCount } allCitations: citations(first: 1, where: { quote: { contains: "" } }) { totalCount }
            disputedClaims(first: 1) { totalCount } allDisputed: disputedClaims(first: 1, where: { sourceCount: { gte: 0 } }) { totalCount } } }
          events(first: 50) { nodes { id
            participants(first: 1) { totalCount } allParticipants: participants(first: 1, where: { sourceCount: { gte: 0 } }) { totalCount } } }
        }
        """;

    private readonly SqlRecorder _sql = new();
    private readonly HistoryApiFactory _factory;

    public PrecomputedCountsTests(CuratedDatabase database) => _factory = new HistoryApiFactory(database.FilePath, sqlRecorder: _sql);

    [Fact]
    public async Task StoredCounts_AreTheCountsOfTheLists_ForEveryParent()
    {
        var data = GraphQLAssert.Data((await GraphQLClient.PostAsync(_factory, Query)).Body);

        var sources = data["sources"]!["nodes"]!.AsArray();
        var events = data["events"]!["nodes"]!.AsArray();
        Assert.All(sources, s => Assert.Equal((int)s!["allCitations"]!["totalCount"]!, (int)s["citations"]!["totalCount"]!));
        Assert.All(sources, s => Assert.Equal((int)s!["allDisputed"]!["totalCount"]!, (int)s["disputedClaims"]!["totalCount"]!));
        Assert.All(events, e => Assert.Equal((int)e!["allParticipants"]!["totalCount"]!, (int)e["participants"]!["totalCount"]!));
        Assert.Contains(sources, s => (int)s!["disputedClaims"]!["totalCount"]! > 0);
        Assert.Contains(events, e => (int)e!["participants"]!["totalCount"]! > 1);
    }

    [Fact]
    public async Task OneSourcesTotals_AreReadByKey_NotCounted()
    {
        var (_, list) = await GraphQLClient.PostAsync(_factory, "{ sources(first: 50) { nodes { id citations(first: 1) { totalCount } } } }");
        var source = GraphQLAssert.Data(list)["sources"]!["nodes"]!.AsArray().MaxBy(s => (int)s!["citations"]!["totalCount"]!)!;
        var client = _factory.CreateClient();
        const string One = "query ($id: ID!) { node(id: $id) { ... on Source { citations(first: 2) { totalCount } disputedClaims(first: 2) { totalCount } } } }";
        await GraphQLClient.PostAsync(client, One, new { id = (string)source["id"]! });
        _sql.Clear();

        var (_, body) = await GraphQLClient.PostAsync(client, One, new { id = (string)source["id"]! });

        Assert.Equal((int)source["citations"]!["totalCount"]!, (int)GraphQLAssert.Data(body)["node"]!["citations"]!["totalCount"]!);
        Assert.DoesNotContain(_sql.Statements, s => s.Contains("COUNT(", StringComparison.Ordinal));
        Assert.Equal(2, _sql.Statements.Count(s => s.Contains("\"ListCounts\"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("MEMBER_OF")]
    [InlineData("MEMBER_OF, LEADER_OF")]
    [InlineData("NAME, BIRTH_DATE, NAME")]
    [InlineData("PRISONER_COUNT, STATEMENT, OUTCOME, SLOGAN")]
    public async Task TheTotalOfClaimsOfSomeProperties_IsReadByKey_AndIsTheirCount(string list)
    {
        var client = _factory.CreateClient();
        var first = list.Split(',')[0];
        // A second condition that every claim meets: the total is counted, not read.
        var counted = await TotalAsync(client, "claims", $"property: {{ in: [{list}] }}, sourceCount: {{ gte: 0 }}");
        var countedFirst = await TotalAsync(client, "claims", $"property: {{ eq: {first} }}, sourceCount: {{ gte: 0 }}");
        _sql.Clear();

        var stored = await TotalAsync(client, "claims", $"property: {{ in: [{list}] }}");
        var storedFirst = await TotalAsync(client, "claims", $"property: {{ eq: {first} }}");

        Assert.True(countedFirst > 0);
        Assert.Equal(counted, stored);
        Assert.Equal(countedFirst, storedFirst);
        Assert.DoesNotContain(_sql.Statements, s => s.Contains("COUNT(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheTotalOfDisputes_IsReadByKey_AndIsTheCountOfConflictingGroups()
    {
        var client = _factory.CreateClient();
        var counted = await TotalAsync(client, "claimGroups", "status: { eq: CONFLICTING }, sourceCount: { gte: 0 }");
        _sql.Clear();

        var disputes = await TotalAsync(client, "disputes", null);
        var conflicting = await TotalAsync(client, "claimGroups", "status: { in: [CONFLICTING] }");

        Assert.True(counted > 0);
        Assert.Equal(counted, disputes);
        Assert.Equal(counted, conflicting);
        Assert.DoesNotContain(_sql.Statements, s => s.Contains("COUNT(", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("property: { nin: [NAME] }")]
    [InlineData("property: { neq: NAME }")]
    [InlineData("or: [{ property: { eq: NAME } }, { property: { eq: MEMBER_OF } }]")]
    [InlineData("property: { in: [NAME] }, rank: { neq: DEPRECATED }")]
    public async Task OtherFilters_AreCounted(string where)
    {
        var client = _factory.CreateClient();
        await GraphQLClient.PostAsync(client, "{ __typename }");
        _sql.Clear();

        var total = await TotalAsync(client, "claims", where);

        Assert.True(total > 0);
        Assert.Contains(_sql.Statements, s => s.Contains("COUNT(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEmptyList_TotalsNothing()
    {
        var client = _factory.CreateClient();

        Assert.Equal(0, await TotalAsync(client, "claims", "property: { in: [] }"));
    }

    private static async Task<int> TotalAsync(HttpClient client, string field, string? where)
    {
        var query = "{ list: " + field + "(first: 1" + (where is null ? string.Empty : ", where: { " + where + " }") + ") { totalCount } }";
        return (int)GraphQLAssert.Data((await GraphQLClient.PostAsync(client, query)).Body)["list"]!["totalCount"]!;
    }

    public void Dispose() => _factory.Dispose();
}
