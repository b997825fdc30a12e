using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KhmerRougeHistory.Api.Tests.Http;

/// <summary>Builds raw GraphQL-over-HTTP requests, so that tests control every header and byte.</summary>
public static class TransportRequests
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public const string Json = "application/json";

    public static string Body(string query, object? variables = null, string? operationName = null, object? extensions = null) =>
        JsonSerializer.Serialize(new { query, variables, operationName, extensions });

    public static HttpRequestMessage Post(string body, string? contentType = Json, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return Accepting(request, accept);
    }

    public static HttpRequestMessage PostQuery(string query, string? accept = null) => Post(Body(query), accept: accept);

    public static HttpRequestMessage Get(string query, string? variables = null, string? operationName = null, string? accept = null)
    {
        var parameters = new List<string> { $"query={Uri.EscapeDataString(query)}" };
        if (variables is not null)
        {
            parameters.Add($"variables={Uri.EscapeDataString(variables)}");
        }

        if (operationName is not null)
        {
            parameters.Add($"operationName={Uri.EscapeDataString(operationName)}");
        }

        return GetRaw("?" + string.Join('&', parameters), accept);
    }

    public static HttpRequestMessage GetRaw(string queryString, string? accept = null) =>
        Accepting(new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString), accept);

    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }

    /// <summary>The media type of the response, without parameters.</summary>
    public static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    /// <summary>The first error's <c>extensions.code</c>.</summary>
    public static string? Code(JsonNode? body) => (string?)body?["errors"]?[0]?["extensions"]?["code"];

    public static string Compact(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static HttpRequestMessage Accepting(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }
}
