using System.Net;
using System.Text.Json;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>The body size, the query length and the token count are limited before the query is parsed.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class QueryTextLimitTests(CuratedDatabase database) : IDisposable
{
    private const int MaxBodySize = 65_536;
    private const int MaxQueryLength = 32_000;
    private const int MaxTokens = 1_000;

    private readonly LimitedApi _api = new(database);

    [Fact]
    public async Task Query_OfMaxLength_IsAnswered_AndItsCommentsAreNoTokens()
    {
        var query = Padded("{ __typename }", MaxQueryLength);

        var (response, body) = await _api.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(body));
    }

    [Fact]
    public async Task Query_OneCharacterOverMaxLength_IsRefusedWithQueryTooLong()
    {
        var (response, body) = await _api.PostAsync(Padded("{ __typename }", MaxQueryLength + 1));

        Assert.Contains("32001 characters", LimitedApi.AssertRefused(response, body, "QUERY_TOO_LONG"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await _api.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Query_OfMaxTokens_IsAnswered()
    {
        var (response, body) = await _api.PostAsync(LimitQueries.WithTokens(MaxTokens));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (string?)GraphQLAssert.Data(body)["__type"]!["name"]);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Query_OneTokenOverMaxTokens_IsRefusedWithMaxTokensExceeded(string accept)
    {
        var (response, body) = await SendAsync(_api.Client, PostQuery(LimitQueries.WithTokens(MaxTokens + 1), accept));

        LimitedApi.AssertRefused(response, body, "MAX_TOKENS_EXCEEDED");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(accept, MediaType(response));
        await _api.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Body_OfMaxSize_IsAnswered()
    {
        var (response, body) = await SendAsync(_api.Client, Post(BodyOfSize(MaxBodySize)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__type":null}}""", Compact(body));
    }

    [Fact]
    public async Task Body_OneByteOverMaxSize_IsRefusedWith413()
    {
        var (response, body) = await SendAsync(_api.Client, Post(BodyOfSize(MaxBodySize + 1)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        LimitedApi.AssertRefused(response, body, "REQUEST_BODY_TOO_LARGE");
        await _api.AssertStillAnswersAsync();
    }

    public void Dispose() => _api.Dispose();

    /// <summary><paramref name="query"/> followed by a comment line, <paramref name="length"/> characters in all.</summary>
    private static string Padded(string query, int length) => query + "\n#" + new string('x', length - query.Length - 2);

    /// <summary>A valid request body of exactly <paramref name="size"/> bytes, padded with a long variable value.</summary>
    private static string BodyOfSize(int size)
    {
        const string Query = "query ($name: String!) { __type(name: $name) { name } }";
        var empty = JsonSerializer.Serialize(new { query = Query, variables = new { name = "" } });
        var body = JsonSerializer.Serialize(new { query = Query, variables = new { name = new string('x', size - empty.Length) } });
        Assert.Equal(size, body.Length);
        return body;
    }
}
