using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Http;

[Collection(CuratedDatabaseGroup.Name)]
public sealed class ContentNegotiationTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Theory]
    [InlineData(null, Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("text/html, application/xhtml+xml, */*;q=0.8", Json)]
    [InlineData("application/graphql-response+json, */*;q=0.1", GraphQLResponseJson)]
    [InlineData("application/json;q=0, */*", GraphQLResponseJson)]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", GraphQLResponseJson)]
    public async Task Post_AcceptHeader_ChoosesTheResponseMediaType(string? accept, string expected)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), PostQuery("{ __typename }", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, MediaType(response));
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(body));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/*")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("not a media type")]
    public async Task Post_AcceptingNeitherMediaType_Returns406(string accept)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), PostQuery("{ __typename }", accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(Json, MediaType(response));
        Assert.Equal("NOT_ACCEPTABLE", Code(body));
    }

    [Fact]
    public async Task Get_AcceptHeader_ChoosesTheResponseMediaTypeToo()
    {
        var (response, _) = await SendAsync(_factory.CreateClient(), Get("{ __typename }", accept: GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, MediaType(response));
    }

    [Fact]
    public async Task Responses_VaryByAccept()
    {
        var (response, _) = await SendAsync(_factory.CreateClient(), PostQuery("{ __typename }"));

        Assert.Contains("Accept", response.Headers.Vary);
    }

    public void Dispose() => _factory.Dispose();
}
