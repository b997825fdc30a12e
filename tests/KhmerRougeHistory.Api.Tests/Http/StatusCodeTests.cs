using System.Globalization;
using System.Net;
using System.Text;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Http;

/// <summary>Status codes as the GraphQL-over-HTTP spec gives them for each response media type.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class StatusCodeTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    public static TheoryData<string, string> RequestErrors => new()
    {
        { "parse failure", Body("{") },
        { "validation failure", Body("{ noSuchField }") },
        { "variable coercion failure", Body("query ($name: String!) { __type(name: $name) { name } }", new { name = 42 }) },
        { "missing variable", Body("query ($name: String!) { __type(name: $name) { name } }") },
        { "unknown operation name", Body("query A { __typename }", operationName: "B") },
        { "several operations and no name", Body("query A { __typename } query B { __typename }") },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Post_RequestErrorAcceptingGraphQLResponseJson_Returns400WithoutData(string failure, string request)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Post(request, accept: GraphQLResponseJson));

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{failure}: {response.StatusCode}");
        Assert.Equal(GraphQLResponseJson, MediaType(response));
        Assert.Null(body?["data"]);
        Assert.NotNull(Code(body));
    }

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Post_RequestErrorAcceptingJson_Returns200WithErrors(string failure, string request)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Post(request, accept: Json));

        Assert.True(HttpStatusCode.OK == response.StatusCode, $"{failure}: {response.StatusCode}");
        Assert.Equal(Json, MediaType(response));
        Assert.Null(body?["data"]);
        Assert.NotNull(Code(body));
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Post_ValidQuery_Returns200WithData(string accept)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), PostQuery("{ __typename }", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body?["errors"]);
    }

    [Theory]
    [InlineData(Json, """{"query": """, "INVALID_JSON")]
    [InlineData(GraphQLResponseJson, """{"query": """, "INVALID_JSON")]
    [InlineData(Json, "", "INVALID_REQUEST")]
    [InlineData(Json, """{"notquery": "{ __typename }"}""", "INVALID_REQUEST")]
    [InlineData(GraphQLResponseJson, """{"query": null}""", "INVALID_REQUEST")]
    [InlineData(Json, """{"query": 42}""", "INVALID_REQUEST")]
    [InlineData(Json, """{"query": "{ __typename }", "variables": "{}"}""", "INVALID_REQUEST")]
    [InlineData(Json, """{"query": "{ __typename }", "operationName": false}""", "INVALID_REQUEST")]
    [InlineData(Json, """{"query": "{ __typename }", "extensions": []}""", "INVALID_REQUEST")]
    [InlineData(Json, """[{"query": "{ __typename }"}]""", "BATCHING_NOT_SUPPORTED")]
    [InlineData(Json, "\"{ __typename }\"", "INVALID_REQUEST")]
    public async Task Post_MalformedRequest_Returns400(string accept, string request, string code)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Post(request, accept: accept));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(accept, MediaType(response));
        Assert.Equal(code, Code(body));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("HEAD")]
    public async Task UnsupportedMethod_Returns405WithAllowHeader(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/graphql");

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Post_UnsupportedContentType_Returns415(string? contentType)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Post(Body("{ __typename }"), contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", Code(body));
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413()
    {
        var client = new HistoryApiFactory(database.FilePath).With("GraphQLHttp:MaxRequestBodySize", "100").CreateClient();
        var small = Body("{ __typename }");
        var large = Body("{ __typename " + new string(' ', 200) + "}");

        var (accepted, _) = await SendAsync(client, Post(small));
        var (refused, body) = await SendAsync(client, Post(large));
        var chunked = Post(large);
        chunked.Headers.TransferEncodingChunked = true; // no Content-Length: the limit holds while reading
        var (streamed, _) = await SendAsync(client, chunked);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("REQUEST_BODY_TOO_LARGE", Code(body));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
    }

    [Fact]
    public async Task Post_ChunkedBodyLargerThanTheFirstBuffer_IsReadWhole()
    {
        // 40 KB of a variable the operation does not use: the body arrives in chunks, with no Content-Length.
        var chunked = Post(Body("query ($n: Int) { persons(first: $n) { nodes { id } } }", new { n = 2, unused = new string('x', 40_000) }));
        chunked.Headers.TransferEncodingChunked = true;

        var (response, body) = await SendAsync(_factory.CreateClient(), chunked);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body?["data"]?["persons"]?["nodes"]?.AsArray().Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_BodyOfExactlyTheLimit_IsAccepted_AndOneByteMoreIsNot(bool chunked)
    {
        var exact = Body("{ __typename }");
        var limit = Encoding.UTF8.GetByteCount(exact);
        using var factory = new HistoryApiFactory(database.FilePath).With("GraphQLHttp:MaxRequestBodySize", limit.ToString(CultureInfo.InvariantCulture));
        var client = factory.CreateClient();
        HttpRequestMessage Request(string body)
        {
            var request = Post(body);
            request.Headers.TransferEncodingChunked = chunked;
            return request;
        }

        var (accepted, answer) = await SendAsync(client, Request(exact));
        var (refused, _) = await SendAsync(client, Request(exact + " "));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Query", (string?)answer?["data"]?["__typename"]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
