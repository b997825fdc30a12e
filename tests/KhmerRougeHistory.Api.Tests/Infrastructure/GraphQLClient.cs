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

    public static string Compact(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
