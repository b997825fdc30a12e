using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>
/// The relation lists as connections (<c>membersConnection</c> and the rest): each holds what the deprecated list it
/// replaces holds, pages with cursors, filters, counts (the unfiltered count is read from the importer's counts), and
/// pages every parent of a list in the same statements whatever the page size.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class RelationConnectionTests(CuratedDatabase database) : IDisposable
{
    private readonly SqlRecorder _sql = new();
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    public static TheoryData<string, string> Relations() => new()
    {
        { "Person", "memberships" },
        { "Person", "participations" },
        { "Organization", "members" },
        { "Organization", "partOf" },
        { "Organization", "parts" },
        { "Site", "locatedIn" },
        { "Site", "contains" },
        { "Site", "events" },
        { "Event", "places" },
        { "Person", "mentionedIn" },
        { "Organization", "mentionedIn" },
        { "Site", "mentionedIn" },
        { "Event", "mentionedIn" },
    };

    [Theory]
    [MemberData(nameof(Relations))]
    public async Task Connection_HoldsTheClaimsOfTheDeprecatedList_ForEveryParent(string type, string list)
    {
        var root = RootField(type);
        var data = await DataAsync($$"""
            { {{root}}(first: 50) { nodes { key
                {{list}} { id }
                paged: {{list}}Connection(first: 30) { totalCount nodes { id } }
                all: {{list}}Connection(first: 1, where: { sourceCount: { gte: 0 } }) { totalCount } } } }
            """);

        var parents = data[root]!["nodes"]!.AsArray();
        Assert.Contains(parents, p => p![list]!.AsArray().Count > 0);
        foreach (var parent in parents)
        {
            var listed = GraphQLClient.Ids(parent![list]).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(listed, GraphQLClient.Ids(parent["paged"]!["nodes"]).Order(StringComparer.Ordinal));
            Assert.Equal(listed.Count, (int)parent["paged"]!["totalCount"]!);
            Assert.Equal(listed.Count, (int)parent["all"]!["totalCount"]!);
        }
    }

    [Fact]
    public async Task MentionedInConnection_ByProperty_HoldsTheListsClaimsOfThatProperty()
    {
        var data = await DataAsync("""
            { sites(first: 50) { nodes {
                mentionedIn(property: [OCCURRED_AT]) { id }
                mentionedInConnection(property: [OCCURRED_AT], first: 30) { totalCount nodes { id property } } } } }
            """);

        var sites = data["sites"]!["nodes"]!.AsArray();
        Assert.Contains(sites, s => (int)s!["mentionedInConnection"]!["totalCount"]! > 1);
        Assert.All(sites, s =>
        {
            Assert.Equal(GraphQLClient.Ids(s!["mentionedIn"]).Order(StringComparer.Ordinal), GraphQLClient.Ids(s["mentionedInConnection"]!["nodes"]).Order(StringComparer.Ordinal));
            Assert.All(s["mentionedInConnection"]!["nodes"]!.AsArray(), c => Assert.Equal("OCCURRED_AT", (string)c!["property"]!));
        });
    }

    [Fact]
    public async Task SitesConnection_HoldsTheSitesOfTheEvent_ByLabel()
    {
        var data = await DataAsync("""
            { events(first: 50) { nodes {
                sites { key }
                sitesConnection(first: 20) { totalCount nodes { key } }
                prisons: sitesConnection(first: 20, where: { kind: { eq: PRISON } }) { nodes { kind } } } } }
            """);

        var events = data["events"]!["nodes"]!.AsArray();
        Assert.Contains(events, e => e!["sites"]!.AsArray().Count > 1);
        Assert.Contains(events, e => e!["prisons"]!["nodes"]!.AsArray().Count > 0);
        Assert.All(events, e =>
        {
            Assert.Equal(Keys(e!["sites"]), Keys(e["sitesConnection"]!["nodes"]));
            Assert.Equal(e["sites"]!.AsArray().Count, (int)e["sitesConnection"]!["totalCount"]!);
            Assert.All(e["prisons"]!["nodes"]!.AsArray(), s => Assert.Equal("PRISON", (string)s!["kind"]!));
        });
    }

    [Fact]
    public async Task EventsOfASite_PageForwardAndBack_WithCursors()
    {
        const string Query = """
            query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
              node(id: $id) { ... on Site {
                eventsConnection(first: $first, after: $after, last: $last, before: $before) {
                  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } } } }
            """;
        var sites = (await DataAsync("{ sites(first: 50) { nodes { id events { id } } } }"))["sites"]!["nodes"]!.AsArray();
        var largest = sites.MaxBy(o => o!["events"]!.AsArray().Count)!;
        var site = (string)largest["id"]!;
        var expected = GraphQLClient.Ids((await DataAsync(Query, new { id = site, first = 50 }))["node"]!["eventsConnection"]!["nodes"]);
        Assert.True(expected.Count > 4, "a site needs several events for this test");
        Assert.Equal(GraphQLClient.Ids(largest["events"]).Order(StringComparer.Ordinal), expected.Order(StringComparer.Ordinal));

        var forward = new List<string>();
        string? after = null;
        while (true)
        {
            var page = (await DataAsync(Query, new { id = site, first = 2, after }))["node"]!["eventsConnection"]!;
            Assert.Equal(expected.Count, (int)page["totalCount"]!);
            forward.AddRange(GraphQLClient.Ids(page["nodes"]));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                break;
            }

            after = (string)page["pageInfo"]!["endCursor"]!;
        }

        var last = (await DataAsync(Query, new { id = site, last = 3 }))["node"]!["eventsConnection"]!;
        var before = (await DataAsync(Query, new { id = site, last = 2, before = (string)last["pageInfo"]!["startCursor"]! }))["node"]!["eventsConnection"]!;

        Assert.Equal(expected, forward);
        Assert.Equal(expected[^3..], GraphQLClient.Ids(last["nodes"]));
        Assert.Equal(expected[^5..^3], GraphQLClient.Ids(before["nodes"]));
    }

    [Fact]
    public async Task RelationConnections_FilterAndSort_LikeEveryClaimList()
    {
        var data = await DataAsync("""
            { organizations(first: 50) { nodes {
                members { property sourceCount }
                leaders: membersConnection(first: 20, where: { property: { eq: LEADER_OF } }) { totalCount nodes { property } }
                mostCited: membersConnection(first: 20, order: [{ sourceCount: DESC }]) { nodes { sourceCount } } } } }
            """);

        var organizations = data["organizations"]!["nodes"]!.AsArray();
        Assert.Contains(organizations, o => (int)o!["leaders"]!["totalCount"]! > 0);
        Assert.All(organizations, o =>
        {
            Assert.Equal(o!["members"]!.AsArray().Count(m => (string)m!["property"]! == "LEADER_OF"), (int)o["leaders"]!["totalCount"]!);
            Assert.All(o["leaders"]!["nodes"]!.AsArray(), m => Assert.Equal("LEADER_OF", (string)m!["property"]!));
            var counts = o["mostCited"]!["nodes"]!.AsArray().Select(m => (int)m!["sourceCount"]!).ToList();
            Assert.Equal(counts.OrderDescending(), counts);
        });
    }

    [Fact]
    public async Task RelationConnectionsUnderAList_CostTheSameStatements_ForPageSize1And40()
    {
        const string Query = """
            query ($first: Int!) { organizations(first: 40) { nodes {
              membersConnection(first: $first) { totalCount nodes { role } }
              partsConnection(first: $first) { nodes { id } } } } }
            """;
        using var recorded = new HistoryApiFactory(database.FilePath, sqlRecorder: _sql);
        var client = recorded.CreateClient();
        await GraphQLClient.PostAsync(client, "{ __typename }");

        _sql.Clear();
        GraphQLAssert.Data((await GraphQLClient.PostAsync(client, Query, new { first = 1 })).Body);
        var small = _sql.Statements.ToList();
        _sql.Clear();
        var large = GraphQLAssert.Data((await GraphQLClient.PostAsync(client, Query, new { first = 40 })).Body);

        Assert.Equal(small.Count, _sql.Statements.Count);
        Assert.Contains(large["organizations"]!["nodes"]!.AsArray(), o => o!["membersConnection"]!["nodes"]!.AsArray().Count > 1);
        // The unfiltered totals come from the importer's counts, not from counting the members again.
        Assert.DoesNotContain(small, s => s.Contains("COUNT(", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""membersConnection(first: 51) { nodes { id } }""", "MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("""membersConnection(after: "not a cursor") { nodes { id } }""", "INVALID_CURSOR")]
    [InlineData("""membersConnection(first: 1, last: 1) { nodes { id } }""", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("""membersConnection(where: { subject: { eq: "UGVyc29uOg==" } }) { nodes { id } }""", "INVALID_ID")]
    public async Task BadArguments_AreCodedErrors(string field, string code)
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory, $$"""{ organizations(first: 1) { nodes { {{field}} } } }""");

        GraphQLAssert.ErrorCode(body, code);
    }

    [Fact]
    public async Task ACursorOfOneRelation_IsRefusedByAnother()
    {
        var data = await DataAsync("""{ organizations(first: 50) { nodes { membersConnection(first: 1) { pageInfo { endCursor } } } } }""");
        var cursor = data["organizations"]!["nodes"]!.AsArray()
            .Select(o => (string?)o!["membersConnection"]!["pageInfo"]!["endCursor"]).First(c => c is not null);

        var (_, body) = await GraphQLClient.PostAsync(_factory, """query ($after: String) { organizations(first: 1) { nodes { partsConnection(after: $after) { nodes { id } } } } }""", new { after = cursor });

        GraphQLAssert.ErrorCode(body, "INVALID_CURSOR");
    }

    private async Task<JsonNode> DataAsync(string query, object? variables = null) =>
        GraphQLAssert.Data((await GraphQLClient.PostAsync(_factory, query, variables)).Body);

    private static string RootField(string type) => type switch
    {
        "Person" => "persons",
        "Organization" => "organizations",
        "Site" => "sites",
        _ => "events",
    };

    private static List<string> Keys(JsonNode? nodes) => [.. nodes!.AsArray().Select(n => (string)n!["key"]!)];

    private static string Id(string type, string key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{type}:{key}"));

    public void Dispose() => _factory.Dispose();
}
