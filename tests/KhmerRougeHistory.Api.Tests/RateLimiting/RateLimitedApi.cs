using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.RateLimiting;

/// <summary>The real application with small, configured limits; requests say which address they come from.</summary>
public sealed class RateLimitedApi : IDisposable
{
    private readonly HistoryApiFactory _factory;

    public RateLimitedApi(CuratedDatabase database, IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _factory = new HistoryApiFactory(database.FilePath).With(settings).WithServices(collection =>
        {
            // First, so that the address is set before anything of the application's runs.
            collection.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, TestRemoteAddress>());
            services?.Invoke(collection);
        });
        Client = _factory.CreateClient();
    }

    public HttpClient Client { get; }

    /// <summary>A bucket of <paramref name="tokens"/> that does not refill during a test.</summary>
    public static Dictionary<string, string> Bucket(int tokens) => new()
    {
        ["RateLimiting:TokenLimit"] = tokens.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:TokensPerPeriod"] = "1",
        ["RateLimiting:ReplenishmentPeriod"] = "01:00:00",
    };

    public static HttpRequestMessage From(string address, HttpRequestMessage request, string? forwardedFor = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Add(TestRemoteAddress.HeaderName, address);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return request;
    }

    public Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(string address, string query = "{ __typename }", string? forwardedFor = null) =>
        SendAsync(Client, From(address, PostQuery(query, GraphQLResponseJson), forwardedFor));

    public static string? Header(HttpResponseMessage response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.RetryAfter is RetryConditionHeaderValue { Delta: { } delta } ? delta : null;
    }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
