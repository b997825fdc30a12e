using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>
/// The real application over the curated database, with the request limits at their defaults unless a test
/// sets some. The rate limit is lifted: these tests send expensive requests on purpose, and what they check is
/// what the request limits do, not what a client's bucket allows.
/// </summary>
public sealed class LimitedApi : IDisposable
{
    private readonly HistoryApiFactory _factory;

    /// <param name="database">The curated database it serves.</param>
    /// <param name="settings">Configuration settings, over the application's.</param>
    /// <param name="services">Added before the application's own services.</param>
    /// <param name="testServices">Applied after them, to replace or wrap what the application registered.</param>
    public LimitedApi(
        CuratedDatabase database,
        IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null,
        Action<IServiceCollection>? testServices = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _factory = new HistoryApiFactory(database.FilePath).Unthrottled().With(settings ?? new Dictionary<string, string>());
        if (services is not null)
        {
            _factory.WithServices(services);
        }

        if (testServices is not null)
        {
            _factory.WithTestServices(testServices);
        }

        Client = _factory.CreateClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(string query, object? variables = null, bool reportCost = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (reportCost)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        return SendAsync(Client, request);
    }

    /// <summary>The server still answers a plain query: the refusal before it cost it nothing lasting.</summary>
    public async Task AssertStillAnswersAsync()
    {
        var (response, body) = await PostAsync("{ __typename }");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(body));
    }

    /// <summary>The request was refused with <paramref name="code"/>, a client error, as the only error and without data.</summary>
    public static string AssertRefused(HttpResponseMessage response, JsonNode? body, string code)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}: {Compact(body)}");
        Assert.Null(body?["data"]);
        Assert.Single(body?["errors"]?.AsArray() ?? []);
        return GraphQLAssert.ErrorCode(body, code);
    }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
