using System.Net;
using System.Text;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Cors;

/// <summary>
/// A browser may send a "simple" cross-origin POST without a preflight only with text/plain, multipart/form-data or
/// application/x-www-form-urlencoded: all are refused with 415, with or without GraphQL-Preflight, since only JSON
/// bodies are read. A JSON body always makes a browser ask first.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class CsrfTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    public static TheoryData<string, bool> SimpleContentTypes() => new()
    {
        { "text/plain", false },
        { "text/plain", true },
        { "multipart/form-data; boundary=x", false },
        { "multipart/form-data; boundary=x", true },
        { "application/x-www-form-urlencoded", false },
        { "application/x-www-form-urlencoded", true },
    };

    [Theory]
    [MemberData(nameof(SimpleContentTypes))]
    public async Task Post_WithASimpleContentType_Returns415(string contentType, bool preflightHeader)
    {
        var request = Post(Body("{ __typename }"), contentType);
        request.Headers.Add("Origin", "https://attacker.example");
        if (preflightHeader)
        {
            request.Headers.Add("GraphQL-Preflight", "1");
        }

        var (response, body) = await SendAsync(_factory.CreateClient(), request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", Code(body));
        Assert.Null(body?["data"]);
    }

    [Fact]
    public async Task Post_FormEncodedQuery_IsNotRun()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("query=%7B__typename%7D", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        var (response, body) = await SendAsync(_factory.CreateClient(), request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Null(body?["data"]);
    }

    public void Dispose() => _factory.Dispose();
}
