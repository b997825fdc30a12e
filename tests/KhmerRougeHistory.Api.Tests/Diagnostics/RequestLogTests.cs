using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;
using static KhmerRougeHistory.Api.Tests.PersistedOperations.PersistedRequests;

namespace KhmerRougeHistory.Api.Tests.Diagnostics;

/// <summary>One structured entry per GraphQL request: operation, status, duration, cost, client; never variables.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class RequestLogTests(CuratedDatabase database) : IDisposable
{
    private const int RequestEvent = 3040;

    private readonly List<HistoryApiFactory> _factories = [];
    private readonly CapturedLogs _logs = new();

    [Fact]
    public async Task Request_IsLoggedOnceWithItsOperationStatusAndDurationButNoVariables()
    {
        var client = Client();
        const string query = "query TypeByName($name: String!) { __type(name: $name) { name } }";

        await SendAsync(client, Post(Body(query, new { name = "VerySecretVariableValue" })));

        var entry = Assert.Single(_logs.WithEventId(RequestEvent));
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Equal("POST", entry.Values["Method"]);
        Assert.Equal("TypeByName", entry.Values["OperationName"]);
        Assert.Equal(200, entry.Values["StatusCode"]);
        Assert.IsType<double>(entry.Values["DurationMs"]);
        Assert.True(entry.Values["Cost"] is int cost && cost >= 1, "the cost analysis's cost is logged");
        Assert.False(string.IsNullOrEmpty((string?)entry.Values["ClientIp"]));
        Assert.Null(entry.Values["QueryHash"]);
        Assert.All(_logs.Entries, e => Assert.DoesNotContain("VerySecretVariableValue", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TrustedDocument_IsLoggedUnderItsOperationName()
    {
        await SendAsync(Client(), GetById("S21PrisonerCounts"));

        var entry = Assert.Single(_logs.WithEventId(RequestEvent));
        Assert.Equal("GET", entry.Values["Method"]);
        Assert.Equal("S21PrisonerCounts", entry.Values["OperationName"]);
    }

    [Fact]
    public async Task RefusedRequest_IsLoggedWithItsStatus()
    {
        await SendAsync(Client(), Post(Body("{ __typename }"), "text/plain"));

        var entry = Assert.Single(_logs.WithEventId(RequestEvent));
        Assert.Equal(415, entry.Values["StatusCode"]);
        Assert.Equal("-", entry.Values["OperationName"]);
    }

    [Fact]
    public async Task WithLogQueryHash_TheEntryCarriesTheQuerysSha256()
    {
        const string query = "{ hashed: __typename }";

        await SendAsync(Client(api => api.With("RequestLogging:LogQueryHash", "true")), PostQuery(query));

        var entry = Assert.Single(_logs.WithEventId(RequestEvent));
        Assert.Equal(Sha256(query), entry.Values["QueryHash"]);
    }

    [Fact]
    public async Task IdePage_IsNotLogged()
    {
        var response = await Client().SendAsync(GetRaw("", accept: "text/html"));

        Assert.Equal("text/html", MediaType(response));
        Assert.Empty(_logs.WithEventId(RequestEvent));
    }

    [Fact]
    public async Task Preflight_IsNotLogged()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await Client().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(_logs.WithEventId(RequestEvent));
    }

    public void Dispose()
    {
        _factories.ForEach(f => f.Dispose());
        _logs.Dispose();
    }

    private HttpClient Client(Func<HistoryApiFactory, HistoryApiFactory>? configure = null)
    {
        var factory = new HistoryApiFactory(database.FilePath).WithTestServices(services => services.AddSingleton<ILoggerProvider>(_logs));
        _factories.Add(configure?.Invoke(factory) ?? factory);
        return _factories[^1].CreateClient();
    }
}
