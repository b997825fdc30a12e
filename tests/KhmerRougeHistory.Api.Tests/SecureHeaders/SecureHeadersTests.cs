using System.Net;
using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using KhmerRougeHistory.Api.Tests.RateLimiting;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.SecureHeaders;

/// <summary>
/// Every response carries nosniff, Referrer-Policy and a Content-Security-Policy: GraphQL answers and errors, those
/// that middleware ends before GraphQL runs, health reports, 404s, and the IDE with a policy of its own.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed partial class SecureHeadersTests(CuratedDatabase database) : IDisposable
{
    /// <summary>What Chromium sends when it navigates to a page.</summary>
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task Post_Query_CarriesTheApiHeaders()
    {
        var (response, _) = await SendAsync(_factory.CreateClient(), PostQuery("{ __typename }", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SecureHeadersAssert.Api(response, "POST /graphql");
    }

    [Theory]
    [InlineData("{ noSuchField }", HttpStatusCode.BadRequest)]
    [InlineData("{", HttpStatusCode.BadRequest)]
    public async Task Post_GraphQLError_CarriesTheApiHeaders(string query, HttpStatusCode status)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), PostQuery(query, GraphQLResponseJson));

        Assert.Equal(status, response.StatusCode);
        Assert.NotNull(Code(body));
        SecureHeadersAssert.Api(response, query);
    }

    [Fact]
    public async Task Post_TooLargeBody_CarriesTheApiHeaders()
    {
        var (response, _) = await SendAsync(_factory.CreateClient(), Post(Body("{ __typename }" + new string(' ', 70_000)), accept: GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        SecureHeadersAssert.Api(response, "413");
    }

    [Fact]
    public async Task Post_RateLimited_CarriesTheApiHeaders()
    {
        using var api = new RateLimitedApi(database, RateLimitedApi.Bucket(1));
        await api.PostAsync("192.0.2.10");

        var (response, _) = await api.PostAsync("192.0.2.10");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        SecureHeadersAssert.Api(response, "429");
    }

    [Fact]
    public async Task Preflight_CarriesTheApiHeaders()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await _factory.CreateClient().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        SecureHeadersAssert.Api(response, "preflight");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/no-such-page")]
    [InlineData("/graphql/no-such-file.js")]
    public async Task Get_HealthOrMissingPage_CarriesTheApiHeaders(string path)
    {
        using var response = await GetAsync(path, "*/*");

        Assert.Equal(path.StartsWith("/health/", StringComparison.Ordinal) ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
        SecureHeadersAssert.Api(response, path);
    }

    [Fact]
    public async Task Get_FromAGraphQLClient_CarriesTheApiHeaders()
    {
        using var response = await GetAsync("/graphql?query=%7B__typename%7D", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SecureHeadersAssert.Api(response, "GET /graphql from a client");
    }

    [Fact]
    public async Task Get_IdePage_CarriesTheIdePolicy()
    {
        using var response = await GetAsync("/graphql", BrowserAccept);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        SecureHeadersAssert.Ide(response, "the IDE's page");
    }

    [Fact]
    public async Task Get_IdeFiles_CarryTheIdePolicy()
    {
        using var page = await GetAsync("/graphql", BrowserAccept);
        var script = MainScript().Match(await page.Content.ReadAsStringAsync()).Groups["file"].Value;

        foreach (var file in new[] { script, "service-worker.js", "bcp-config.json", "favicon.svg" })
        {
            using var response = await GetAsync("/graphql/" + file, "*/*");

            Assert.True(HttpStatusCode.OK == response.StatusCode, $"{file}: {response.StatusCode}");
            SecureHeadersAssert.Ide(response, file);
        }
    }

    /// <summary>A cache stores the headers of a 304 over the ones it had, so a revalidated worker must keep its policy.</summary>
    [Fact]
    public async Task Get_IdeFileNotModified_KeepsTheIdePolicy()
    {
        using var first = await GetAsync("/graphql/service-worker.js", "*/*");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/service-worker.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        SecureHeadersAssert.Ide(response, "304 of service-worker.js");
    }

    public void Dispose() => _factory.Dispose();

    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await _factory.CreateClient().SendAsync(request);
    }

    [GeneratedRegex(@"src=""(?<file>static/js/main\.[0-9a-f]+\.js)""")]
    private static partial Regex MainScript();
}
