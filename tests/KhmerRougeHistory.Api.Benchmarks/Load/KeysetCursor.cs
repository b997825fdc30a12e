using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Benchmarks.Operations;

namespace KhmerRougeHistory.Api.Benchmarks.Load;

/// <summary>Finds the cursor of item N of a connection by paging to it (cursors are opaque: no shortcut).</summary>
internal static class KeysetCursor
{
    // Paging to item 50,000 is 1,000 requests; when each costs more than a tenth of a second, the page is not measured.
    private static readonly TimeSpan _walkBudget = TimeSpan.FromSeconds(90);

    public const string PersonsPage = """
        query Persons($after: String) {
          persons(first: 50, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { key label }
          }
        }
        """;

    private const string SourceCitationsPage = """
        query ($source: ID!, $after: String) {
          node(id: $source) { ... on Source { citations(first: 50, after: $after) { pageInfo { hasNextPage endCursor } } } }
        }
        """;

    public static Task<string?> PersonsAsync(LoadRunner runner, Uri url, int position) =>
        WalkAsync(runner, url, PersonsPage, "{}", position, json => json["data"]!["persons"]!["pageInfo"]!);

    public static Task<string?> SourceCitationsAsync(LoadRunner runner, Uri url, string sourceId, int position) =>
        WalkAsync(runner, url, SourceCitationsPage, $$"""{"source":"{{sourceId}}"}""", position, json => json["data"]!["node"]!["citations"]!["pageInfo"]!);

    private static async Task<string?> WalkAsync(LoadRunner runner, Uri url, string query, string variables, int position, Func<JsonNode, JsonNode> pageInfo)
    {
        string? after = null;
        var budget = System.Diagnostics.Stopwatch.StartNew();
        for (var seen = 0; seen < position; seen += 50)
        {
            if (budget.Elapsed > _walkBudget)
            {
                throw new TimeoutException($"paging reached item {seen:N0} of {position:N0} in {_walkBudget.TotalSeconds:F0} s");
            }

            var vars = JsonNode.Parse(variables)!.AsObject();
            vars["after"] = after;
            var info = pageInfo(JsonNode.Parse(await runner.SendAsync(url, OperationDocuments.Body(query, vars.ToJsonString())))!);
            if (!info["hasNextPage"]!.GetValue<bool>())
            {
                return null;
            }

            after = info["endCursor"]!.GetValue<string>();
        }

        return after;
    }
}
