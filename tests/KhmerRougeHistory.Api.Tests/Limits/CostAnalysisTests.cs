using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>
/// Cost analysis as HotChocolate's: connections multiply their items by first/last (or the default page size),
/// nested connections multiply, nodes(ids:) counts its IDs; over the limit is refused before anything executes.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class CostAnalysisTests(CuratedDatabase database) : IDisposable
{
    /// <summary>50 persons with 50 claims each: 2,500 claims, 50 persons, two connection objects and the root.</summary>
    private const string PersonsWithClaims = "{ persons(first: 50) { nodes { claims(first: 50) { nodes { id } } } } }";

    private readonly LimitedApi _api = new(database);

    [Theory]
    [InlineData("{ __typename }", 0, 1)]
    [InlineData("{ persons { nodes { id } } }", 2, 12)]
    [InlineData("{ persons(first: 3) { totalCount edges { cursor node { id } } } }", 5, 8)]
    [InlineData(PersonsWithClaims, 102, 2602)]
    [InlineData("""{ search(text: "khmer") { ... on Person { names { value } } ... on Site { names { value } kind } } }""", 11, 31)]
    public async Task Cost_IsComputedAsDocumented(string query, int fieldCost, int typeCost)
    {
        var (response, body) = await _api.PostAsync(query, reportCost: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
        Assert.Equal(Cost(fieldCost, typeCost), GraphQLClient.Compact(body!["extensions"]!["operationCost"]));
    }

    [Fact]
    public async Task Cost_FollowsTheVariables_AlsoForACachedDocument()
    {
        const string Query = "query ($n: Int) { persons(first: $n) { nodes { id } } }";

        var (_, three) = await _api.PostAsync(Query, new { n = 3 }, reportCost: true);
        var (_, fifty) = await _api.PostAsync(Query, new { n = 50 }, reportCost: true);

        Assert.Equal(Cost(2, 5), GraphQLClient.Compact(three!["extensions"]!["operationCost"]));
        Assert.Equal(Cost(2, 52), GraphQLClient.Compact(fifty!["extensions"]!["operationCost"]));
    }

    [Fact]
    public async Task NodesByIds_CountTheirIds()
    {
        var ids = Enumerable.Repeat("UGVyc29uOnBlcnNvbi9kdWNo", 50).ToArray();

        var (response, body) = await _api.PostAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }, reportCost: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Cost(1, 51), GraphQLClient.Compact(body!["extensions"]!["operationCost"]));
    }

    [Fact]
    public async Task TypeCost_AtTheLimit_IsAnswered_AndOneOverIsRefusedWithBothCosts()
    {
        using var atLimit = new LimitedApi(database, new Dictionary<string, string> { ["Limits:MaxTypeCost"] = "2602" });
        using var underLimit = new LimitedApi(database, new Dictionary<string, string> { ["Limits:MaxTypeCost"] = "2601" });

        var (ok, okBody) = await atLimit.PostAsync(PersonsWithClaims);
        var (refused, refusedBody) = await underLimit.PostAsync(PersonsWithClaims);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        GraphQLAssert.Data(okBody);
        Assert.Contains("2602 objects", LimitedApi.AssertRefused(refused, refusedBody, "MAX_COST_EXCEEDED"), StringComparison.Ordinal);
        var extensions = refusedBody!["errors"]![0]!["extensions"]!;
        Assert.Equal(102, (int)extensions["fieldCost"]!);
        Assert.Equal(5000, (int)extensions["maxFieldCost"]!);
        Assert.Equal(2602, (int)extensions["typeCost"]!);
        Assert.Equal(2601, (int)extensions["maxTypeCost"]!);
        Assert.Equal(Cost(102, 2602), GraphQLClient.Compact(refusedBody["extensions"]!["operationCost"]));
    }

    [Fact]
    public async Task FieldCost_AtTheLimit_IsAnswered_AndOneOverIsRefused()
    {
        using var atLimit = new LimitedApi(database, new Dictionary<string, string> { ["Limits:MaxFieldCost"] = "102" });
        using var underLimit = new LimitedApi(database, new Dictionary<string, string> { ["Limits:MaxFieldCost"] = "101" });

        var (ok, _) = await atLimit.PostAsync(PersonsWithClaims);
        var (refused, refusedBody) = await underLimit.PostAsync(PersonsWithClaims);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("field cost is 102", LimitedApi.AssertRefused(refused, refusedBody, "MAX_COST_EXCEEDED"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestedConnections_AreRefusedWithMaxCostExceeded_BeforeAnyStatementRuns()
    {
        var recorder = new SqlRecorder();
        using var api = new LimitedApi(database, services: services => services.AddStatementObserver(recorder));
        const string Query = "{ persons(first: 50) { nodes { claims(first: 50) { nodes { subject { claims(first: 50) { nodes { id } } } } } } } }";
        await api.AssertStillAnswersAsync();
        recorder.Clear();

        var (response, body) = await api.PostAsync(Query);

        LimitedApi.AssertRefused(response, body, "MAX_COST_EXCEEDED");
        Assert.Equal(132_602, (int)body!["extensions"]!["operationCost"]!["typeCost"]!);
        Assert.Empty(recorder.Statements);
    }

    [Theory]
    [InlineData("{ persons(first: 100000) { nodes { id } } }", "MAX_PAGE_SIZE_EXCEEDED", "first may be at most 50")]
    [InlineData("{ persons(last: 51) { nodes { id } } }", "MAX_PAGE_SIZE_EXCEEDED", "last may be at most 50")]
    [InlineData("{ persons(first: 0) { nodes { id } } }", "INVALID_PAGING_ARGUMENTS", "first must be at least 1")]
    [InlineData("""{ search(text: "khmer", first: 51) { id } }""", "MAX_PAGE_SIZE_EXCEEDED", "first may be at most 50")]
    [InlineData("{ sites(first: 1) { nodes { claims(first: 51) { nodes { id } } } } }", "MAX_PAGE_SIZE_EXCEEDED", "claims: first may be at most 50")]
    public async Task PagingArguments_TheResolversWouldRefuse_AreRefusedBeforeAnyStatementRuns(string query, string code, string message)
    {
        var recorder = new SqlRecorder();
        using var api = new LimitedApi(database, services: services => services.AddStatementObserver(recorder));
        await api.AssertStillAnswersAsync();
        recorder.Clear();

        var (response, body) = await api.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, LimitedApi.AssertRefused(response, body, code), StringComparison.Ordinal);
        Assert.Empty(recorder.Statements);
    }

    [Fact]
    public async Task NodesByIds_MoreThan50_AreRefusedBeforeExecution()
    {
        var ids = Enumerable.Repeat("UGVyc29uOnBlcnNvbi9kdWNo", 51).ToArray();

        var (response, body) = await _api.PostAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 50", LimitedApi.AssertRefused(response, body, "INVALID_PAGING_ARGUMENTS"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ElevenFullPages_AreAnswered_ElevenOversizedPagesAreRefused()
    {
        var (ok, okBody) = await _api.PostAsync(LimitQueries.Connections(11, 50), reportCost: true);
        var (refused, refusedBody) = await _api.PostAsync(LimitQueries.Connections(11, 100));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(Cost(22, 562), GraphQLClient.Compact(okBody!["extensions"]!["operationCost"]));
        LimitedApi.AssertRefused(refused, refusedBody, "MAX_PAGE_SIZE_EXCEEDED");
    }

    [Fact]
    public async Task FragmentSpreadOverAndOver_IsCostedOncePerFragment_AndRefusedQuickly()
    {
        // F39 spreads F38 twice, which spreads F37 twice, …: 2^39 spreads of F0 if expanded.
        var fragments = Enumerable.Range(1, 39).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}")
            .Prepend("fragment F0 on Query { persons(first: 1) { nodes { id } } }");
        var query = "{ ...F39 }\n" + string.Join('\n', fragments);
        var stopwatch = Stopwatch.StartNew();

        var (response, body) = await _api.PostAsync(query);

        LimitedApi.AssertRefused(response, body, "MAX_COST_EXCEEDED");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        await _api.AssertStillAnswersAsync();
    }

    public void Dispose() => _api.Dispose();

    private static string Cost(int fieldCost, int typeCost) => new JsonObject { ["fieldCost"] = fieldCost, ["typeCost"] = typeCost }.ToJsonString();
}
