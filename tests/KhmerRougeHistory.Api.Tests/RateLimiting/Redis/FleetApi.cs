using System.Net;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.EndToEnd.Processes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.RateLimiting.Redis;

/// <summary>Real API processes (<see cref="ApiProcess"/>) on the curated database with a store and small buckets.</summary>
public static class FleetApi
{
    /// <summary>Settings of a replica: the given store, a bucket of <paramref name="tokens"/>, the database read-only.</summary>
    public static Dictionary<string, string?> Settings(CuratedDatabase database, string store, string keyPrefix, int tokens, TimeSpan period, int perPeriod = 1)
    {
        ArgumentNullException.ThrowIfNull(database);
        var settings = ServerSettings.For(database.FilePath, buildOnStartup: false);
        settings["ConnectionStrings:RateLimitStore"] = store;
        settings["RateLimiting:Store:KeyPrefix"] = keyPrefix;
        settings["RateLimiting:TokenLimit"] = tokens.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimiting:TokensPerPeriod"] = perPeriod.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimiting:ReplenishmentPeriod"] = period.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    /// <summary>A cheap query (cost 1: the admission token only) from 127.0.0.1, the client every replica sees.</summary>
    public static async Task<(HttpStatusCode Status, string? Remaining, HttpResponseMessage Response)> PostAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (response, _) = await SendAsync(client, PostQuery("{ __typename }", GraphQLResponseJson));
        return (response.StatusCode, RateLimitedApi.Header(response, "RateLimit-Remaining"), response);
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> ReadinessAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Asks readiness until the store check has <paramref name="status"/>, for at most <paramref name="timeout"/>.</summary>
    public static async Task<JsonNode?> WaitForStoreAsync(HttpClient client, string status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var (_, body) = await ReadinessAsync(client);
            if ((string?)body?["checks"]?["rateLimitStore"]?["status"] == status || DateTime.UtcNow > deadline)
            {
                return body;
            }

            await Task.Delay(200);
        }
    }
}
