using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>
/// A nested connection of one parent (a node looked up by ID) is paged in SQL, so a register citing 150,000
/// passages costs one page; the pages must be exactly those of the in-memory path that batches many parents.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class SingleParentPagingTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task OneParentsPages_AreTheBatchedParentsLists_ForwardAndBackward()
    {
        var (_, batched) = await GraphQLClient.PostAsync(_factory, "{ sources(first: 50) { nodes { id citations(first: 50) { totalCount nodes { id } } tail: citations(last: 4) { nodes { id } } } } }");
        var source = GraphQLAssert.Data(batched)["sources"]!["nodes"]!.AsArray().MaxBy(s => (int)s!["citations"]!["totalCount"]!)!;
        var expected = GraphQLClient.Ids(source["citations"]!["nodes"]);
        var total = (int)source["citations"]!["totalCount"]!;
        Assert.True(expected.Count > 6, "the test needs a source with more than two pages of citations");

        var forward = new List<string>();
        string? after = null;
        do
        {
            var (_, body) = await GraphQLClient.PostAsync(
                _factory,
                "query ($id: ID!, $after: String) { node(id: $id) { ... on Source { citations(first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } } }",
                new { id = (string)source["id"]!, after });
            var page = GraphQLAssert.Data(body)["node"]!["citations"]!;
            forward.AddRange(GraphQLClient.Ids(page["nodes"]));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null && forward.Count <= total);

        var (_, last) = await GraphQLClient.PostAsync(
            _factory,
            "query ($id: ID!) { node(id: $id) { ... on Source { citations(last: 4) { totalCount nodes { id } pageInfo { hasPreviousPage } } } } }",
            new { id = (string)source["id"]! });
        var tail = GraphQLAssert.Data(last)["node"]!["citations"]!;

        Assert.Equal(expected, forward.Take(expected.Count));
        Assert.Equal(total, forward.Count);
        Assert.Equal(total, forward.Distinct().Count());
        Assert.Equal(GraphQLClient.Ids(source["tail"]!["nodes"]), GraphQLClient.Ids(tail["nodes"]));
        Assert.Equal(total, (int)tail["totalCount"]!);
        Assert.True((bool)tail["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task OneParentsPage_IsLimitedInSql()
    {
        var recorder = new SqlRecorder();
        using var factory = new HistoryApiFactory(database.FilePath, sqlRecorder: recorder);
        using var client = factory.CreateClient();
        var (_, list) = await GraphQLClient.PostAsync(client, "{ sources(first: 1) { nodes { id } } }");
        var id = (string)GraphQLAssert.Data(list)["sources"]!["nodes"]![0]!["id"]!;
        recorder.Clear();

        var (_, body) = await GraphQLClient.PostAsync(client, "query ($id: ID!) { node(id: $id) { ... on Source { citations(first: 2) { nodes { quote } } } } }", new { id });

        GraphQLAssert.Data(body);
        var citations = Assert.Single(recorder.Statements, s => s.Contains("FROM \"Citations\"", StringComparison.Ordinal));
        Assert.Contains("LIMIT", citations, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
