using System.Text;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Hostile;

/// <summary>The requests the GraphQL security checklists (OWASP, graphql-armor, graphql-cop) send, by name.</summary>
public static class HostileRequests
{
    public static HttpRequestMessage Build(string name) => name switch
    {
        "malformed JSON" => Json("{\"query\": \"{ __typename }\""),
        "JSON of the wrong shape" => Json("""{"query": 42, "variables": "x"}"""),
        "wrong content type" => new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ __typename }", Encoding.UTF8, "text/plain") },
        "form post (CSRF)" => new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("query=%7B__typename%7D", Encoding.UTF8, "application/x-www-form-urlencoded") },
        "2 MB body" => Query("{ __typename }", padding: 2 * 1024 * 1024),
        "depth 40" => Query("{ " + string.Concat(Enumerable.Repeat("node(id: \"x\") { ... on Claim { subject { ", 20)) + "id" + new string('}', 60) + " }"),
        "2,000 aliases" => Query("{ " + string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"a{i}: __typename")) + " }"),
        "31 aliases" => Query("{ " + string.Join(' ', Enumerable.Range(0, 31).Select(i => $"a{i}: __typename")) + " }"),
        "6 directives on a field" => Query("{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", 6)) + "}"),
        "three nested 50-item connections" => Query("{ claims(first: 50) { nodes { subject { claims(first: 50) { nodes { subject { claims(first: 50) { nodes { id } } } } } } } } }"),
        "1,000 directives" => Query("{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", 1000)) + "}"),
        "50,000 tokens" => Query("{ " + string.Join(' ', Enumerable.Repeat("__typename", 50_000)) + " }"),
        "fragment cycle" => Query("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"),
        "first: 100000" => Query("{ persons(first: 100000) { nodes { label } } }"),
        "eleven 100-item connections" => Query("{ " + string.Join(' ', Enumerable.Range(0, 11).Select(i => $"c{i}: claims(first: 100) {{ nodes {{ citations {{ quote }} }} }}")) + " }"),
        "unknown field" => Query("{ persons(first: 1) { nodes { label password } } }"),
        "bad ID" => Query("""{ node(id: "%%%not-an-id") { id } }"""),
        "bad cursor" => Query("""{ persons(first: 2, after: "bm90LWEtY3Vyc29y") { nodes { id } } }"""),
        "variable of the wrong type" => Json("""{"query": "query ($n: Int) { persons(first: $n) { nodes { id } } }", "variables": {"n": "ten"}}"""),
        "NUL character in the document" => Json("""{"query": "{ search(text: \"pol\u0000pot\") { label } }"}"""),
        "NUL character in a variable" => Json("""{"query": "query ($t: String!) { search(text: $t) { label } }", "variables": {"t": "pol\u0000pot"}}"""),
        "lone surrogate" => Json("""{"query": "{ search(text: \"\ud800\") { label } }"}"""),
        "batched array" => Json("""[{"query": "{ __typename }"}, {"query": "{ __typename }"}]"""),
        _ => throw new ArgumentException($"No hostile request named '{name}'.", nameof(name)),
    };

    private static HttpRequestMessage Query(string query, int padding = 0)
    {
        var body = new StringBuilder("{\"query\": ").Append(System.Text.Json.JsonSerializer.Serialize(query));
        if (padding > 0)
        {
            body.Append(", \"extensions\": {\"padding\": \"").Append('x', padding).Append("\"}");
        }

        return Json(body.Append('}').ToString());
    }

    private static HttpRequestMessage Json(string body) =>
        new(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
