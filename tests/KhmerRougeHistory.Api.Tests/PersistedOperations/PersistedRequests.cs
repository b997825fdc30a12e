using System.Security.Cryptography;
using System.Text;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.PersistedOperations;

/// <summary>Builds persisted operation requests: Apollo's automatic persisted queries and trusted documents by id.</summary>
public static class PersistedRequests
{
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string PersistedQuery(string hash, object? version = null) =>
        $$$"""{"persistedQuery":{"version":{{{version ?? 1}}},"sha256Hash":"{{{hash}}}"}}""";

    /// <summary>A GET with <c>extensions.persistedQuery</c>, and the query too when <paramref name="query"/> is given.</summary>
    public static HttpRequestMessage GetPersisted(string hash, string? query = null, string? variables = null, string? accept = null)
    {
        var parameters = new List<string>();
        if (query is not null)
        {
            parameters.Add($"query={Uri.EscapeDataString(query)}");
        }

        if (variables is not null)
        {
            parameters.Add($"variables={Uri.EscapeDataString(variables)}");
        }

        parameters.Add($"extensions={Uri.EscapeDataString(PersistedQuery(hash))}");
        return GetRaw("?" + string.Join('&', parameters), accept);
    }

    /// <summary>A POST with <c>extensions.persistedQuery</c>, and the query too when <paramref name="query"/> is given.</summary>
    public static HttpRequestMessage PostPersisted(string hash, string? query = null, string? accept = null) =>
        Post(query is null
            ? $$"""{"extensions":{{PersistedQuery(hash)}}}"""
            : $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}},"extensions":{{PersistedQuery(hash)}}}""", accept: accept);

    public static HttpRequestMessage GetById(string id, string? variables = null, string? accept = null, string parameter = "id") =>
        GetRaw($"?{parameter}={Uri.EscapeDataString(id)}" + (variables is null ? "" : $"&variables={Uri.EscapeDataString(variables)}"), accept);
}
