using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>Keyset cursor paging: forward and backward through real lists, and clear errors for bad arguments.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class PagingTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Theory]
    [InlineData("persons", "")]
    [InlineData("events", "order: [{ start: DESC }, { label: ASC }]")]
    [InlineData("claims", "order: [{ earliest: ASC }]")]
    public async Task PagingForward_VisitsEveryItemOnceInOrder(string field, string order)
    {
        var (_, all) = await GraphQLClient.PostAsync(_factory, $$"""{ {{field}}(first: 50 {{Comma(order)}}) { totalCount nodes { id } } }""");
        var total = (int)GraphQLAssert.Data(all)[field]!["totalCount"]!;
        var expected = Ids(all, field);

        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 100 && seen.Count < Math.Min(total, 50); pages++)
        {
            var (_, body) = await GraphQLClient.PostAsync(_factory, $$"""query ($after: String) { {{field}}(first: 7, after: $after {{Comma(order)}}) { nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } }""", new { after });
            seen.AddRange(Ids(body, field));
            var info = GraphQLAssert.Data(body)[field]!["pageInfo"]!;
            Assert.Equal(after is not null, (bool)info["hasPreviousPage"]!);
            after = (string?)info["endCursor"];
            if (!(bool)info["hasNextPage"]!)
            {
                break;
            }
        }

        Assert.Equal(expected, seen.Take(expected.Count));
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task PagingBackward_FromTheEnd_GivesThePreviousItems()
    {
        var (_, all) = await GraphQLClient.PostAsync(_factory, "{ persons(first: 50) { nodes { id } } }");
        var expected = Ids(all, "persons");
        var (_, last) = await GraphQLClient.PostAsync(_factory, "{ persons(last: 4) { nodes { id } pageInfo { hasPreviousPage startCursor } } }");
        var start = (string)GraphQLAssert.Data(last)["persons"]!["pageInfo"]!["startCursor"]!;
        var (_, before) = await GraphQLClient.PostAsync(_factory, "query ($before: String) { persons(last: 3, before: $before) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }", new { before = start });

        Assert.Equal(expected[^4..], Ids(last, "persons"));
        Assert.Equal(expected[^7..^4], Ids(before, "persons"));
        Assert.True((bool)GraphQLAssert.Data(before)["persons"]!["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task NestedConnection_PagesPerParent()
    {
        const string Query = """query ($after: String) { node(id: "UGVyc29uOnBlcnNvbi9wb2wtcG90") { ... on Person { claims(first: 5, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } } }""";
        var (_, first) = await GraphQLClient.PostAsync(_factory, Query);
        var claims = GraphQLAssert.Data(first)["node"]!["claims"]!;
        var (_, second) = await GraphQLClient.PostAsync(_factory, Query, new { after = (string)claims["pageInfo"]!["endCursor"]! });

        var page1 = claims["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        var page2 = GraphQLAssert.Data(second)["node"]!["claims"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        Assert.Equal(5, page1.Count);
        Assert.Equal(5, page2.Count);
        Assert.Empty(page1.Intersect(page2));
        Assert.True((int)claims["totalCount"]! > 10);
    }

    [Theory]
    [InlineData("{ persons(first: 51) { nodes { id } } }", "MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("{ persons(last: 100000) { nodes { id } } }", "MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("{ persons(first: 0) { nodes { id } } }", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("{ persons(first: -3) { nodes { id } } }", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("{ persons(first: 2, last: 2) { nodes { id } } }", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("""{ persons(first: 2, after: "garbage!") { nodes { id } } }""", "INVALID_CURSOR")]
    [InlineData("""{ persons(first: 2, after: "eyJvIjoxfQ==") { nodes { id } } }""", "INVALID_CURSOR")]
    public async Task BadPagingArguments_AreClearErrors(string query, string code)
    {
        var (response, body) = await GraphQLClient.PostAsync(_factory, query);

        GraphQLAssert.ErrorCode(body, code);
        Assert.True((int)response.StatusCode < 500);
    }

    [Fact]
    public async Task CursorFromAnotherOrder_IsRefused()
    {
        var (_, byLabel) = await GraphQLClient.PostAsync(_factory, "{ persons(first: 2) { pageInfo { endCursor } } }");
        var cursor = (string)GraphQLAssert.Data(byLabel)["persons"]!["pageInfo"]!["endCursor"]!;

        var (_, byBirth) = await GraphQLClient.PostAsync(_factory, "query ($after: String) { persons(first: 2, after: $after, order: [{ born: ASC }]) { nodes { id } } }", new { after = cursor });
        var (_, otherList) = await GraphQLClient.PostAsync(_factory, "query ($after: String) { sites(first: 2, after: $after) { nodes { id } } }", new { after = cursor });

        Assert.Contains("another sort order", GraphQLAssert.ErrorCode(byBirth, "INVALID_CURSOR"), StringComparison.Ordinal);
        GraphQLAssert.ErrorCode(otherList, "INVALID_CURSOR");
    }

    private static string Comma(string order) => order.Length == 0 ? string.Empty : ", " + order;

    private static List<string> Ids(JsonNode? body, string field) => GraphQLClient.Ids(GraphQLAssert.Data(body)[field]!["nodes"]);

    public void Dispose() => _factory.Dispose();
}
