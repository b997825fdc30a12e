using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Search;

/// <summary><c>searchConnection</c> on the real data: paged with keyset cursors both ways, filtered, ordered, counted, ranked.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class SearchConnectionTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Theory]
    [InlineData("s-21", "")]
    [InlineData("khmer", "")]
    [InlineData("khmer", ", order: [{ label: ASC }]")]
    [InlineData("phnom penh", ", where: { type: { in: [SITE, EVENT] } }")]
    public async Task PagesForwardAndBackward_WalkTheWholeList(string text, string arguments)
    {
        var whole = await KeysAsync(text, $"first: 50{arguments}");
        var forward = await WalkAsync(text, arguments, forward: true);
        var backward = await WalkAsync(text, arguments, forward: false);
        var (_, counted) = await PostAsync($$"""{ searchConnection(text: "{{text}}", first: 1{{arguments}}) { totalCount } }""");

        Assert.NotEmpty(whole);
        Assert.Equal(whole, forward);
        Assert.Equal(whole, backward);
        Assert.Equal(whole.Count, (int)GraphQLAssert.Data(counted)["searchConnection"]!["totalCount"]!);
    }

    [Fact]
    public async Task DefaultOrder_IsBestFirst_AndSearchIsItsOwnWordMatches()
    {
        var (_, body) = await PostAsync("""{ searchConnection(text: "khmer rouge", first: 50) { edges { relevance node { id } } } search(text: "khmer rouge", first: 50) { id } }""");
        var data = GraphQLAssert.Data(body);
        var edges = data["searchConnection"]!["edges"]!.AsArray();
        var relevance = edges.Select(e => (double)e!["relevance"]!).ToList();

        Assert.Equal(relevance.OrderDescending(), relevance);
        Assert.Equal(
            data["search"]!.AsArray().Select(n => (string)n!["id"]!),
            edges.Where(e => (double)e!["relevance"]! >= 1).Select(e => (string)e!["node"]!["id"]!));
    }

    [Theory]
    [InlineData("khmer rouge", "organization/khmer-rouge")]
    [InlineData("pol pot", "person/pol-pot")]
    [InlineData("duch", "person/duch")]
    [InlineData("evacuation", "event/evacuation-of-phnom-penh")]
    [InlineData("marching season", "event/evacuation-of-phnom-penh")]
    [InlineData("s-21", "site/s-21")]
    [InlineData("tuol sleng", "site/s-21")]
    [InlineData("choeung ek", "site/choeung-ek")]
    public async Task TheSubjectWhoseNameMatches_IsFirst(string text, string key)
    {
        var keys = await KeysAsync(text, "first: 50");

        Assert.Equal(key, keys[0]);
    }

    [Fact]
    public async Task AWholeName_RanksAboveLongerNamesThatBeginWithIt()
    {
        // bm25 alone puts "Khmer Rouge regime" first: the Khmer Rouge's many cited names make its row long. One
        // source also calls the Communist Party of Kampuchea "Khmer Rouge", so that name is whole for both.
        var (_, body) = await PostAsync("""{ searchConnection(text: "Khmer Rouge", first: 5) { edges { relevance node { key } } } }""");
        var edges = GraphQLAssert.Data(body)["searchConnection"]!["edges"]!.AsArray()
            .ToDictionary(e => (string)e!["node"]!["key"]!, e => (double)e!["relevance"]!);

        Assert.Equal("organization/khmer-rouge", edges.Keys.First());
        Assert.InRange(edges["organization/khmer-rouge"], 2, 3);
        Assert.InRange(edges["organization/cpk"], 2, 3);
        Assert.InRange(edges["event/khmer-rouge-regime"], 1, 2);
    }

    [Fact]
    public async Task ASubjectFoundOnlyByTheWordsOfItsClaims_ComesAfterEveryOwnWordMatch()
    {
        // Pol Pot's own words do not say "communist party"; his membership claims name the Communist Party of Kampuchea.
        var (_, body) = await PostAsync("""{ searchConnection(text: "communist party", first: 50) { edges { relevance node { key } } } search(text: "communist party", first: 50) { key } }""");
        var data = GraphQLAssert.Data(body);
        var edges = data["searchConnection"]!["edges"]!.AsArray().Select(e => (Key: (string)e!["node"]!["key"]!, Relevance: (double)e["relevance"]!)).ToList();
        var own = data["search"]!.AsArray().Select(n => (string)n!["key"]!).ToList();

        var polPot = Assert.Single(edges, e => e.Key == "person/pol-pot");
        Assert.InRange(polPot.Relevance, 0, 0.999999);
        Assert.DoesNotContain("person/pol-pot", own);
        Assert.Contains("organization/cpk", own);
        Assert.Equal(own, edges.TakeWhile(e => e.Relevance >= 1).Select(e => e.Key));
        Assert.All(edges.SkipWhile(e => e.Relevance >= 1), e => Assert.InRange(e.Relevance, 0, 0.999999));
    }

    [Fact]
    public async Task AnEventIsFoundByTheTextOfItsOutcome()
    {
        // "urban population sent to rural labor camps": an outcome of the evacuation, in none of its names.
        var found = await KeysAsync("urban", "first: 50");
        var (_, body) = await PostAsync("""{ search(text: "urban") { key } }""");

        Assert.Contains("event/evacuation-of-phnom-penh", found);
        Assert.DoesNotContain(GraphQLAssert.Data(body)["search"]!.AsArray(), n => (string)n!["key"]! == "event/evacuation-of-phnom-penh");
    }

    [Fact]
    public async Task Where_KeepsOnlyMatchingSubjects()
    {
        var (_, body) = await PostAsync("""{ searchConnection(text: "s-21", first: 50, where: { type: { eq: EVENT }, start: { lt: "1979-06-01" } }) { nodes { __typename ... on Event { start } } } }""");
        var all = await KeysAsync("s-21", "first: 50");
        var events = await KeysAsync("s-21", "first: 50, where: { type: { eq: EVENT } }");

        var nodes = GraphQLAssert.Data(body)["searchConnection"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            Assert.Equal("Event", (string)n!["__typename"]!);
            Assert.True(string.CompareOrdinal((string)n["start"]!, "1979-06-01") < 0);
        });
        Assert.Equal(all.Where(events.Contains), events);
        Assert.True(events.Count < all.Count);
    }

    [Fact]
    public async Task BadArguments_AreErrorsWithCodes()
    {
        var (_, first) = await PostAsync("""{ searchConnection(text: "khmer", first: 2) { pageInfo { endCursor } } }""");
        var cursor = (string)GraphQLAssert.Data(first)["searchConnection"]!["pageInfo"]!["endCursor"]!;

        GraphQLAssert.ErrorCode((await PostAsync($$"""{ searchConnection(text: "rouge", after: "{{cursor}}") { totalCount } }""")).Body, "INVALID_CURSOR");
        GraphQLAssert.ErrorCode((await PostAsync($$"""{ searchConnection(text: "khmer", after: "{{cursor}}", order: [{ label: ASC }]) { totalCount } }""")).Body, "INVALID_CURSOR");
        GraphQLAssert.ErrorCode((await PostAsync("""{ searchConnection(text: "khmer", after: "not-a-cursor") { totalCount } }""")).Body, "INVALID_CURSOR");
        GraphQLAssert.ErrorCode((await PostAsync("""{ searchConnection(text: "khmer", first: 51) { totalCount } }""")).Body, "MAX_PAGE_SIZE_EXCEEDED");
        GraphQLAssert.ErrorCode((await PostAsync("""{ searchConnection(text: "khmer", first: 2, last: 2) { totalCount } }""")).Body, "INVALID_PAGING_ARGUMENTS");
        GraphQLAssert.ErrorCode((await PostAsync("""{ searchConnection(text: "a b c d e f g h i j k l m n o p q r s t u v w x y z") { totalCount } }""")).Body, "TOO_MANY_SEARCH_TERMS");
        GraphQLAssert.ErrorCode((await PostAsync("""{ searchConnection(text: "khmer", order: [{ label: ASC, relevance: DESC }]) { totalCount } }""")).Body, "INVALID_FILTER");
        var (_, nothing) = await PostAsync("""{ searchConnection(text: "¿¡ !") { totalCount nodes { label } pageInfo { hasNextPage } } }""");
        Assert.Equal(0, (int)GraphQLAssert.Data(nothing)["searchConnection"]!["totalCount"]!);
    }

    public void Dispose() => _factory.Dispose();

    private Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(string query, object? variables = null) => GraphQLClient.PostAsync(_factory, query, variables);

    /// <summary>
    /// A filter on the type alone is applied to the matches before they are ranked: the page, its relevances and the
    /// total must be those of the unfiltered search with the other types left out.
    /// </summary>
    [Theory]
    [InlineData("s-21", "SITE, EVENT")]
    [InlineData("duch", "PERSON")]
    [InlineData("phnom penh", "ORGANIZATION, EVENT")]
    [InlineData("pol", "SITE")]
    public async Task ATypeFilteredSearch_IsTheUnfilteredSearchOfThoseTypes(string text, string types)
    {
        const string Selection = "{ totalCount edges { relevance node { __typename key } } }";
        var (_, body) = await PostAsync($$"""
            { all: searchConnection(text: "{{text}}", first: 50) {{Selection}}
              typed: searchConnection(text: "{{text}}", first: 50, where: { type: { in: [{{types}}] } }) {{Selection}} }
            """);
        var data = GraphQLAssert.Data(body);
        var kept = types.Split(", ").Select(t => t[0] + t[1..].ToLowerInvariant()).ToHashSet();
        var expected = data["all"]!["edges"]!.AsArray().Where(e => kept.Contains((string)e!["node"]!["__typename"]!)).Select(e => GraphQLClient.Compact(e)).ToList();
        var typed = data["typed"]!["edges"]!.AsArray().Select(e => GraphQLClient.Compact(e)).ToList();

        Assert.True((int)data["all"]!["totalCount"]! < 50, "the unfiltered search fits one page");
        Assert.NotEmpty(expected);
        Assert.NotEqual(data["all"]!["edges"]!.AsArray().Count, expected.Count);
        Assert.Equal(expected, typed);
        Assert.Equal(expected.Count, (int)data["typed"]!["totalCount"]!);
    }

    [Fact]
    public async Task ATypeFilter_NarrowsTheMatchesBeforeTheyAreGrouped()
    {
        var sql = new SqlRecorder();
        using var recorded = new HistoryApiFactory(database.FilePath, sqlRecorder: sql);
        var client = recorded.CreateClient();
        await GraphQLClient.PostAsync(client, "{ __typename }");
        sql.Clear();

        GraphQLAssert.Data((await GraphQLClient.PostAsync(client, """{ searchConnection(text: "s-21", first: 5, where: { type: { in: [SITE, EVENT] } }) { nodes { key } } }""")).Body);
        var typed = Assert.Single(sql.Statements);
        sql.Clear();
        GraphQLAssert.Data((await GraphQLClient.PostAsync(client, """{ searchConnection(text: "s-21", first: 5, where: { type: { in: [SITE, EVENT] }, label: { startsWith: "S" } }) { nodes { key } } }""")).Body);
        var mixed = Assert.Single(sql.Statements);

        var narrowed = typed.IndexOf("u.\"SubjectType\" IN", StringComparison.Ordinal);
        Assert.InRange(narrowed, 0, typed.IndexOf("GROUP BY", StringComparison.Ordinal));
        Assert.DoesNotContain("u.\"SubjectType\" IN", mixed, StringComparison.Ordinal);
    }

    private async Task<List<string>> KeysAsync(string text, string arguments)
    {
        var (_, body) = await PostAsync($$"""{ searchConnection(text: "{{text}}", {{arguments}}) { nodes { key } } }""");
        return [.. GraphQLAssert.Data(body)["searchConnection"]!["nodes"]!.AsArray().Select(n => (string)n!["key"]!)];
    }

    private async Task<List<string>> WalkAsync(string text, string arguments, bool forward)
    {
        var (size, cursor, next, page) = forward ? ("first", "after", "hasNextPage", "endCursor") : ("last", "before", "hasPreviousPage", "startCursor");
        var query = $$"""query ($cursor: String) { searchConnection(text: "{{text}}", {{size}}: 3, {{cursor}}: $cursor{{arguments}}) { nodes { key } pageInfo { {{next}} {{page}} } } }""";
        var seen = new List<string>();
        string? position = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var (_, body) = await PostAsync(query, new { cursor = position });
            var connection = GraphQLAssert.Data(body)["searchConnection"]!;
            var keys = connection["nodes"]!.AsArray().Select(n => (string)n!["key"]!).ToList();
            seen.InsertRange(forward ? seen.Count : 0, keys);
            if (!(bool)connection["pageInfo"]![next]!)
            {
                return seen;
            }

            position = (string)connection["pageInfo"]![page]!;
        }

        throw new InvalidOperationException("The walk did not end.");
    }
}
