using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests over real HTTP to the test server.</summary>
public static class GraphQLClient
{
    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        return (response, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }

    /// <summary>The same, on a client of its own that is disposed afterwards.</summary>
    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(HistoryApiFactory factory, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var client = factory.CreateClient();
        return await PostAsync(client, query, variables);
    }

    /// <summary>The <c>id</c> of each node in a list of nodes (a connection's <c>nodes</c>), in order.</summary>
    public static List<string> Ids(JsonNode? nodes) => [.. nodes!.AsArray().Select(n => (string)n!["id"]!)];

    public static string Compact(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
