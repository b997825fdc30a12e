using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>Relay's node(id:) and nodes(ids:) for every type, and clear errors for bad IDs.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class NodeTests(CuratedDatabase database) : IDisposable
{
    private static readonly string[] _rootFields = ["persons", "organizations", "sites", "events", "sources", "claims", "disputes"];

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task EveryNodeType_ResolvesItsOwnId()
    {
        var (_, ids) = await GraphQLClient.PostAsync(_factory.CreateClient(), """
            {
              persons(first: 1) { nodes { id } }
              organizations(first: 1) { nodes { id } }
              sites(first: 1) { nodes { id } }
              events(first: 1) { nodes { id } }
              sources(first: 1) { nodes { id } }
              claims(first: 1) { nodes { id citations { id } group { id } } }
              disputes(first: 1) { nodes { id } }
            }
            """);
        var data = GraphQLAssert.Data(ids);
        var all = _rootFields
            .Select(f => (string)data[f]!["nodes"]![0]!["id"]!)
            .Append((string)data["claims"]!["nodes"]![0]!["citations"]![0]!["id"]!)
            .ToList();

        var (_, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), "query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids = all });

        var nodes = GraphQLAssert.Data(body)["nodes"]!.AsArray();
        Assert.Equal(all, nodes.Select(n => (string)n!["id"]!));
        Assert.Equal(["Person", "Organization", "Site", "Event", "Source", "Claim", "ClaimGroup", "Citation"], nodes.Select(n => (string)n!["__typename"]!));
    }

    [Fact]
    public async Task UnknownKeyOfAKnownType_IsNull()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), """{ node(id: "UGVyc29uOnBlcnNvbi9ub2JvZHk=") { id } }""");

        Assert.Null(GraphQLAssert.Data(body)["node"]);
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("bm9jb2xvbg==")]
    [InlineData("V2VhcG9uOnNvbWV0aGluZw==")]
    [InlineData("")]
    public async Task BadId_IsInvalidId(string id)
    {
        var (response, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), "query ($id: ID!) { node(id: $id) { id } }", new { id });

        GraphQLAssert.ErrorCode(body, "INVALID_ID");
        Assert.True((int)response.StatusCode < 500);
    }

    [Fact]
    public async Task MoreThan50Ids_AreRefused()
    {
        var ids = Enumerable.Repeat("UGVyc29uOnBlcnNvbi9kdWNo", 51).ToArray();

        var (_, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Contains("at most 50", GraphQLAssert.ErrorCode(body, "INVALID_PAGING_ARGUMENTS"), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
