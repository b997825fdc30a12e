using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>
/// <c>Source.disputedClaims</c> pages what the deprecated <c>contestedClaims</c> listed all at once: the same claims
/// for every source, whether the source is looked up alone (paged in SQL) or listed with others (one batch).
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class DisputedClaimsTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task ListedSources_HaveTheClaimsTheDeprecatedListGave()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory, "{ sources(first: 50) { nodes { title disputedClaims(first: 50) { totalCount nodes { id agreement } } contestedClaims { id } } } }");

        var sources = GraphQLAssert.Data(body)["sources"]!["nodes"]!.AsArray();
        Assert.Contains(sources, s => (int)s!["disputedClaims"]!["totalCount"]! > 0);
        foreach (var source in sources)
        {
            var paged = GraphQLClient.Ids(source!["disputedClaims"]!["nodes"]);
            Assert.Equal(GraphQLClient.Ids(source["contestedClaims"]).Order(), paged.Order());
            Assert.Equal(paged.Count, (int)source["disputedClaims"]!["totalCount"]!);
            Assert.All(source["disputedClaims"]!["nodes"]!.AsArray(), c => Assert.Equal("DISPUTED", (string)c!["agreement"]!));
        }
    }

    [Fact]
    public async Task OneSource_PagesThroughTheSameClaimsAsTheBatch()
    {
        var (_, list) = await GraphQLClient.PostAsync(_factory, "{ sources(first: 50) { nodes { id disputedClaims(first: 50) { totalCount nodes { id } } } } }");
        var source = GraphQLAssert.Data(list)["sources"]!["nodes"]!.AsArray().MaxBy(s => (int)s!["disputedClaims"]!["totalCount"]!)!;
        var expected = GraphQLClient.Ids(source["disputedClaims"]!["nodes"]);
        Assert.True(expected.Count > 2, "the test needs a source with more than two disputed claims");

        var seen = new List<string>();
        string? after = null;
        do
        {
            var (_, body) = await GraphQLClient.PostAsync(
                _factory,
                "query ($id: ID!, $after: String) { node(id: $id) { ... on Source { disputedClaims(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } } }",
                new { id = (string)source["id"]!, after });
            var page = GraphQLAssert.Data(body)["node"]!["disputedClaims"]!;
            seen.AddRange(GraphQLClient.Ids(page["nodes"]));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null && seen.Count <= expected.Count);

        Assert.Equal(expected, seen);
    }

    public void Dispose() => _factory.Dispose();
}
