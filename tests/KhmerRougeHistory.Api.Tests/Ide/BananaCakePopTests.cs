using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Ide;

[Collection(CuratedDatabaseGroup.Name)]
public sealed partial class BananaCakePopTests(CuratedDatabase database) : IDisposable
{
    /// <summary>What Chromium sends when it navigates to a page.</summary>
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    public async Task Get_FromABrowser_ReturnsTheIde(string path)
    {
        using var response = await GetAsync(path, BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
        Assert.Contains("<base href=\"/graphql/\"/>", html, StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Get_FromABrowser_ReferencesOnlyFilesTheApiServes()
    {
        using var page = await GetAsync("/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        var links = LinkAttribute().Matches(html).Select(match => match.Groups["url"].Value).ToList();

        Assert.NotEmpty(links);
        Assert.DoesNotContain(links, link => link.Contains("//", StringComparison.Ordinal));
        foreach (var link in links)
        {
            using var file = await GetAsync(new Uri(new Uri("http://localhost/graphql/"), link).AbsolutePath, "*/*");
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{link}: {file.StatusCode}");
        }
    }

    [Fact]
    public async Task Get_BcpConfig_PointsTheIdeAtTheBrowsersUrl()
    {
        using var response = await GetAsync("/graphql/bcp-config.json", "*/*");
        var config = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"useBrowserUrlAsEndpoint": true, "disableTelemetry": true}"""), config), config?.ToJsonString());
    }

    [Fact]
    public async Task Get_HashedAsset_IsCachedForAYear()
    {
        using var page = await GetAsync("/graphql", BrowserAccept);
        var script = MainScript().Match(await page.Content.ReadAsStringAsync()).Groups["file"].Value;

        using var response = await GetAsync("/graphql/" + script, "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.True(response.Content.Headers.ContentLength > 10_000);
    }

    [Theory]
    [InlineData("/graphql/service-worker.js")]
    [InlineData("/graphql/index.html")]
    [InlineData("/graphql/favicon.svg")]
    public async Task Get_UnhashedFile_IsRevalidated(string path)
    {
        using var response = await GetAsync(path, "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9")]
    [InlineData("*/*")]
    [InlineData("text/html;q=0.5, application/json")]
    public async Task Get_FromAGraphQLClient_IsNotTheIde(string accept)
    {
        using var response = await GetAsync("/graphql?query=%7B__typename%7D", accept);
        var body = await response.Content.ReadAsStringAsync();

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Banana Cake Pop", body, StringComparison.Ordinal);
        Assert.Equal("Query", (string?)JsonNode.Parse(body)?["data"]?["__typename"]);
    }

    [Fact]
    public async Task Post_StillReachesGraphQL()
    {
        var (response, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), """{ __typename }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (string?)body?["data"]?["__typename"]);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await _factory.CreateClient().SendAsync(request);
    }

    [GeneratedRegex(@"<(?:script|link)[^>]*?\s(?:src|href)=""(?<url>[^""]+)""")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex(@"src=""(?<file>static/js/main\.[0-9a-f]+\.js)""")]
    private static partial Regex MainScript();
}
