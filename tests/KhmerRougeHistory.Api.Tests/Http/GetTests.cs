using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Http;

[Collection(CuratedDatabaseGroup.Name)]
public sealed class GetTests(CuratedDatabase database) : IDisposable
{
    private const string QueryAndMutation = """
        query Read { __typename }
        mutation Write { __typename }
        """;

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task Get_Typename_AnswersQuery()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Get("{ __typename dataVersion }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (string?)body?["data"]?["__typename"]);
        Assert.Equal(database.Dataset.Hash, (string?)body?["data"]?["dataVersion"]);
    }

    [Fact]
    public async Task Get_WithVariablesAndOperationName_RunsThatOperation()
    {
        const string query = """
            query Other { __typename }
            query TypeByName($name: String!) { __type(name: $name) { name } }
            """;

        var (response, body) = await SendAsync(_factory.CreateClient(), Get(query, """{"name": "Query"}""", "TypeByName"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__type":{"name":"Query"}}}""", Compact(body));
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Get_WithMutation_Returns405(string accept)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Get("mutation { __typename }", accept: accept));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Equal("METHOD_NOT_ALLOWED", Code(body));
        Assert.Null(body?["data"]);
    }

    [Fact]
    public async Task Get_WithSubscription_Returns405()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Get("subscription { __typename }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("METHOD_NOT_ALLOWED", Code(body));
    }

    [Fact]
    public async Task Get_SelectingTheQueryOfADocumentWithAMutation_AnswersQuery()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Get(QueryAndMutation, operationName: "Read"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(body));
    }

    [Fact]
    public async Task Get_SelectingTheMutationOfADocument_Returns405()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Get(QueryAndMutation, operationName: "Write"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("METHOD_NOT_ALLOWED", Code(body));
    }

    [Fact]
    public async Task Get_WithMutation_IsRefusedEvenWhenTheDocumentIsCached()
    {
        var client = _factory.CreateClient();

        var (read, _) = await SendAsync(client, Get(QueryAndMutation, operationName: "Read"));
        var (write, body) = await SendAsync(client, Get(QueryAndMutation, operationName: "Write"));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, write.StatusCode);
        Assert.Equal("METHOD_NOT_ALLOWED", Code(body));
    }

    [Fact]
    public async Task Get_WithoutQuery_Returns400()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), GetRaw("?operationName=Read"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", Code(body));
    }

    [Fact]
    public async Task Get_WithMalformedVariables_Returns400()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Get("{ __typename }", variables: """{"name": """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", Code(body));
    }

    [Theory]
    [InlineData("variables", "[1]")]
    [InlineData("variables", "\"text\"")]
    [InlineData("extensions", "42")]
    public async Task Get_WithJsonParameterThatIsNotAnObject_Returns400(string parameter, string json)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), GetRaw($"?query=%7B__typename%7D&{parameter}={Uri.EscapeDataString(json)}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", Code(body));
    }

    [Fact]
    public async Task Get_WithRepeatedQueryParameter_Returns400()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), GetRaw("?query=%7B__typename%7D&query=%7BdataVersion%7D"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", Code(body));
    }

    [Fact]
    public async Task Get_WithUnknownPersistedQueryInsteadOfQueryText_SaysPersistedQueryNotFound()
    {
        var extensions = Uri.EscapeDataString("""{"persistedQuery": {"version": 1, "sha256Hash": "ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}""");

        var (response, body) = await SendAsync(_factory.CreateClient(), GetRaw($"?extensions={extensions}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(body));
    }

    public void Dispose() => _factory.Dispose();
}
