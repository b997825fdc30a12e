using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Federation;

/// <summary>
/// <c>_entities</c> returns one entity per representation, so the cost analysis counts the representations
/// (as it counts <c>nodes(ids:)</c>), and a router cannot fetch a large graph for the price of a small one.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class EntitiesCostTests(CuratedDatabase database) : IDisposable
{
    private const string Query = """
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Node { id } }
        }
        """;

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Theory]
    [InlineData(3, """{"fieldCost":1,"typeCost":4}""")]
    [InlineData(12, """{"fieldCost":1,"typeCost":13}""")]
    public async Task Cost_CountsOneObjectPerRepresentation(int count, string expectedCost)
    {
        var representations = Enumerable.Range(1, count)
            .Select(i => new { __typename = "Person", id = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Person:person/number-{i}")) });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query, variables = new { representations } }) };
        request.Headers.Add("GraphQL-Cost", "report");

        using var response = await _factory.CreateClient().SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(count, GraphQLAssert.Data(body)["_entities"]!.AsArray().Count);
        Assert.Equal(expectedCost, GraphQLClient.Compact(body!["extensions"]!["operationCost"]));
    }

    public void Dispose() => _factory.Dispose();
}
