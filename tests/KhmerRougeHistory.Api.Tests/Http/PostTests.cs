using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Http;

[Collection(CuratedDatabaseGroup.Name)]
public sealed class PostTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task Post_Typename_AnswersQuery()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), PostQuery("{ __typename }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(body));
    }

    [Fact]
    public async Task Post_DataVersion_IsTheHashOfTheCuratedDataTheDatabaseWasBuiltFrom()
    {
        var (_, body) = await SendAsync(_factory.CreateClient(), PostQuery("{ dataVersion }"));

        Assert.Equal(database.Dataset.Hash, (string?)body?["data"]?["dataVersion"]);
        Assert.Matches("^[0-9a-f]{64}$", database.Dataset.Hash);
    }

    [Fact]
    public async Task Post_WithVariables_PassesThemToTheQuery()
    {
        const string query = """
            query TypeByName($name: String!) { __type(name: $name) { name kind } }
            """;

        var (response, body) = await SendAsync(_factory.CreateClient(), Post(Body(query, new { name = "Query" })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__type":{"name":"Query","kind":"OBJECT"}}}""", Compact(body));
    }

    [Fact]
    public async Task Post_WithOperationName_RunsThatOperation()
    {
        const string query = """
            query First { first: __typename }
            query Second { second: __typename }
            """;

        var (response, body) = await SendAsync(_factory.CreateClient(), Post(Body(query, operationName: "Second")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"second":"Query"}}""", Compact(body));
    }

    [Fact]
    public async Task Post_WithNullVariablesOperationNameAndExtensions_AnswersQuery()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Post("""
            {"query": "{ __typename }", "variables": null, "operationName": null, "extensions": null}
            """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(body));
    }

    [Fact]
    public async Task Post_WithExtensionsMap_AnswersQuery()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Post(Body("{ __typename }", extensions: new { some = "value" })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(body));
    }

    [Fact]
    public async Task Post_WithUtf8CharsetAndNonAsciiText_AnswersQuery()
    {
        const string query = """
            { __type(name: "Tuol Sleng ទួលស្លែង 🏛") { name } }
            """;

        var (response, body) = await SendAsync(_factory.CreateClient(), Post(Body(query), "application/json; charset=utf-8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__type":null}}""", Compact(body));
    }

    [Fact]
    public async Task Post_UnknownParameters_AreIgnored()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Post("""
            {"query": "{ __typename }", "somethingElse": [1, 2, 3]}
            """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(body));
    }

    [Fact]
    public async Task Post_AfterAMalformedRequest_StillAnswers()
    {
        var client = _factory.CreateClient();

        var (malformed, _) = await SendAsync(client, Post("""{"query": """));
        var (after, body) = await SendAsync(client, PostQuery("{ __typename }"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(body));
    }

    public void Dispose() => _factory.Dispose();
}
