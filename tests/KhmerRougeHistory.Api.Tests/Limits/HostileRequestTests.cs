using System.Text.Json;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>
/// The hostile documents of the security checklists (OWASP, graphql-armor, graphql-cop) that the limits answer:
/// each is refused with its documented status and code, the first limit it meets deciding; none gets a 5xx; the
/// server answers a normal query afterwards.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class HostileRequestTests(CuratedDatabase database) : IDisposable
{
    private readonly LimitedApi _api = new(database);

    public static TheoryData<string, int, string> Cases() => new()
    {
        // The body limit stops reading at 64 KiB.
        { "2 MB body", 413, "REQUEST_BODY_TOO_LARGE" },
        { "depth 40", 400, "MAX_DEPTH_EXCEEDED" },
        // Beyond the parser's own recursion guard (about 60 levels), within the token limit.
        { "depth 100", 400, "MAX_DEPTH_EXCEEDED" },
        // 3,002 tokens: the token limit stops it before parsing.
        { "depth 1,000", 400, "MAX_TOKENS_EXCEEDED" },
        // 6,002 tokens: the token limit stops it before parsing; 31 aliases within it get MAX_ALIASES_EXCEEDED.
        { "2,000 aliases", 400, "MAX_TOKENS_EXCEEDED" },
        // 6,003 tokens, likewise; 6 directives on one field get MAX_DIRECTIVES_EXCEEDED.
        { "1,000 directives", 400, "MAX_TOKENS_EXCEEDED" },
        // Every token takes a character at least, so 50,000 tokens are over the 32,000-character limit first.
        { "50,000 tokens", 400, "QUERY_TOO_LONG" },
        { "fragment cycle", 400, "NO_FRAGMENT_CYCLES" },
        { "first: 100000", 400, "MAX_PAGE_SIZE_EXCEEDED" },
        // The page size limit (50) refuses each of them before cost analysis would.
        { "eleven 100-item connections", 400, "MAX_PAGE_SIZE_EXCEEDED" },
        { "connections nested three deep", 400, "MAX_COST_EXCEEDED" },
        { "batched array", 400, "BATCHING_NOT_SUPPORTED" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileRequest_IsRefusedWithItsCode_AndTheServerStillAnswers(string name, int status, string code)
    {
        var (response, body) = await SendAsync(_api.Client, Request(name));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, Code(body));
        Assert.Null(body?["data"]);
        Assert.DoesNotContain("Exception", Compact(body), StringComparison.Ordinal);
        await _api.AssertStillAnswersAsync();
    }

    public void Dispose() => _api.Dispose();

    private static HttpRequestMessage Request(string name) => name switch
    {
        "2 MB body" => Post(JsonSerializer.Serialize(new { query = "{ __typename }", variables = new { padding = new string('x', 2_000_000) } }), accept: GraphQLResponseJson),
        "depth 40" => PostQuery(LimitQueries.Nested(40), GraphQLResponseJson),
        "depth 100" => PostQuery("{" + string.Concat(Enumerable.Repeat("a{", 100)) + "b" + new string('}', 101), GraphQLResponseJson),
        "depth 1,000" => PostQuery("{" + string.Concat(Enumerable.Repeat("a{", 1_000)) + "b" + new string('}', 1_001), GraphQLResponseJson),
        "2,000 aliases" => PostQuery("{ " + string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"a{i}: id")) + " }", GraphQLResponseJson),
        "1,000 directives" => PostQuery("{ __typename" + string.Concat(Enumerable.Repeat(" @include(if: true)", 1_000)) + " }", GraphQLResponseJson),
        "50,000 tokens" => PostQuery(new string('{', 25_000) + new string('}', 25_000), GraphQLResponseJson),
        "fragment cycle" => PostQuery("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", GraphQLResponseJson),
        "first: 100000" => PostQuery("{ persons(first: 100000) { nodes { id label } } }", GraphQLResponseJson),
        "eleven 100-item connections" => PostQuery(LimitQueries.Connections(11, 100), GraphQLResponseJson),
        "connections nested three deep" => PostQuery(
            "{ persons(first: 50) { nodes { claims(first: 50) { nodes { subject { claims(first: 50) { nodes { id } } } } } } } }", GraphQLResponseJson),
        "batched array" => Post("""[{"query": "{ __typename }"}, {"query": "{ dataVersion }"}]""", accept: GraphQLResponseJson),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
