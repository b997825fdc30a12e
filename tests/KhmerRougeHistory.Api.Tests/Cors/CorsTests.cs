using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Cors;

/// <summary>Any origin may call the API, without credentials; browsers' preflights for GraphQL requests succeed.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class CorsTests(CuratedDatabase database) : IDisposable
{
    private const string Origin = "https://example.org";

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task Preflight_ForTheGraphQLEndpoint_AllowsAnyOriginAndTheGraphQLHeaders(string method)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", method);
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type, accept, graphql-preflight, graphql-cost, if-none-match");

        var response = await _factory.CreateClient().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains(method, Header(response, "Access-Control-Allow-Methods").Split(','));
        var allowed = Header(response, "Access-Control-Allow-Headers").Split(',').Select(h => h.Trim().ToLowerInvariant());
        Assert.Equal(["accept", "content-type", "graphql-cost", "graphql-preflight", "if-none-match", "if-range", "range"], allowed.Order());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task Preflight_ForAnExportDownloadWithARange_IsAllowed()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/export/any.db");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "range, if-range");

        var response = await _factory.CreateClient().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("range", Header(response, "Access-Control-Allow-Headers").ToLowerInvariant().Split(',').Select(h => h.Trim()));
    }

    [Fact]
    public async Task Preflight_ForAnUnlistedHeader_DoesNotAllowIt()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-secret");

        var response = await _factory.CreateClient().SendAsync(preflight);

        Assert.DoesNotContain("x-secret", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CrossOriginGet_IsAllowedAndExposesTheETag()
    {
        var request = Get("{ __typename }");
        request.Headers.Add("Origin", Origin);

        var (response, body) = await SendAsync(_factory.CreateClient(), request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(body));
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("ETag", Header(response, "Access-Control-Expose-Headers").Split(','));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task CrossOriginError_CarriesCorsHeadersSoScriptsCanReadIt()
    {
        var request = PostQuery("{ noSuchField }");
        request.Headers.Add("Origin", Origin);

        var (response, _) = await SendAsync(_factory.CreateClient(), request);

        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task HealthEndpoints_AreReachableCrossOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Origin", Origin);

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    public void Dispose() => _factory.Dispose();

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(',', values) : "";
}
