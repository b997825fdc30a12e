using System.Net;
using System.Text;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Http;

[Collection(CuratedDatabaseGroup.Name)]
public sealed class GraphQLEndpointTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task Post_Typename_AnswersQuery()
    {
        var (response, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), "{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", GraphQLClient.Compact(body));
    }

    [Fact]
    public async Task Post_DataVersion_IsTheHashOfTheCuratedDataTheDatabaseWasBuiltFrom()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), "{ dataVersion }");

        Assert.Equal(database.Dataset.Hash, (string?)body?["data"]?["dataVersion"]);
        Assert.Matches("^[0-9a-f]{64}$", database.Dataset.Hash);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400WithACode()
    {
        var client = _factory.CreateClient();

        var response = await client.PostAsync("/graphql", new StringContent("{\"query\": ", Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"code\":\"INVALID_REQUEST\"", text, StringComparison.Ordinal);
        var (after, _) = await GraphQLClient.PostAsync(client, "{ __typename }");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
