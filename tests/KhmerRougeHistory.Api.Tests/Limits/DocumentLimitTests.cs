using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>Depth, aliases, directives and fragments are limited by validation, before anything executes.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class DocumentLimitTests(CuratedDatabase database) : IDisposable
{
    private readonly LimitedApi _api = new(database);

    [Fact]
    public async Task Depth10_IsAnswered()
    {
        var (response, body) = await _api.PostAsync(LimitQueries.Nested(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
    }

    [Fact]
    public async Task Depth11_IsRefusedWithMaxDepthExceeded()
    {
        var (response, body) = await _api.PostAsync(LimitQueries.Nested(11));

        Assert.Contains("11 levels deep", LimitedApi.AssertRefused(response, body, "MAX_DEPTH_EXCEEDED"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await _api.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Depth_CountsFragmentsWhereTheyAreSpread()
    {
        const string Query = """
            { claims(first: 1) { nodes { ...Deep } } }
            fragment Deep on Claim { subject { claims(first: 1) { nodes { subject { claims(first: 1) { nodes { subject { claims(first: 1) { totalCount } } } } } } } } }
            """;

        var (response, body) = await _api.PostAsync(Query);

        Assert.Contains("11 levels deep", LimitedApi.AssertRefused(response, body, "MAX_DEPTH_EXCEEDED"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentTooDeepToParse_IsRefusedWithMaxDepthExceeded_NotAnInternalError()
    {
        var query = "{" + string.Concat(Enumerable.Repeat("a{", 100)) + "b" + new string('}', 101);

        var (response, body) = await _api.PostAsync(query);

        Assert.Contains("too deeply to parse", LimitedApi.AssertRefused(response, body, "MAX_DEPTH_EXCEEDED"), StringComparison.Ordinal);
        await _api.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Introspection_IsNotCountedAgainstTheDepth_ButItsListsNestAtMostTwice()
    {
        const string TwoListsAndLongTypeReferences = """
            { __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { fields { name } } } } } } } } } } } } } }
            """;
        const string ThreeLists = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";

        var (ok, okBody) = await _api.PostAsync(TwoListsAndLongTypeReferences);
        var (refused, refusedBody) = await _api.PostAsync(ThreeLists);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        GraphQLAssert.Data(okBody);
        Assert.Contains("introspection", LimitedApi.AssertRefused(refused, refusedBody, "MAX_DEPTH_EXCEEDED"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aliases30_AreAnswered()
    {
        var (response, body) = await _api.PostAsync(LimitQueries.Aliases(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(30, GraphQLAssert.Data(body).AsObject().Count);
    }

    [Fact]
    public async Task Aliases31_AreRefusedWithMaxAliasesExceeded()
    {
        var (response, body) = await _api.PostAsync(LimitQueries.Aliases(31));

        Assert.Contains("31 aliases", LimitedApi.AssertRefused(response, body, "MAX_ALIASES_EXCEEDED"), StringComparison.Ordinal);
        await _api.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Aliases_CountEachSpreadOfAFragment()
    {
        var fragment = "fragment Sixteen on Query { " + string.Join(' ', Enumerable.Range(0, 16).Select(i => $"a{i}: __typename")) + " }";

        var (response, body) = await _api.PostAsync("{ ...Sixteen ... on Query { ...Sixteen } }\n" + fragment);

        Assert.Contains("32 aliases", LimitedApi.AssertRefused(response, body, "MAX_ALIASES_EXCEEDED"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoDirectives_AreAnswered_AndSixAreRefusedWithMaxDirectivesExceeded()
    {
        var (ok, okBody) = await _api.PostAsync("{ __typename @include(if: true) @skip(if: false) }");
        var six = "{ __typename" + string.Concat(Enumerable.Repeat(" @include(if: true)", 6)) + " }";
        var (refused, refusedBody) = await _api.PostAsync(six);

        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(okBody));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("6 directives", LimitedApi.AssertRefused(refused, refusedBody, "MAX_DIRECTIVES_EXCEEDED"), StringComparison.Ordinal);
        await _api.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task DirectivesPerField_AtAndOverAConfiguredLimit()
    {
        using var api = new LimitedApi(database, new Dictionary<string, string> { ["Limits:MaxDirectivesPerField"] = "1" });

        var (ok, _) = await api.PostAsync("{ __typename @include(if: true) }");
        var (refused, refusedBody) = await api.PostAsync("{ __typename @include(if: true) @skip(if: false) }");
        var (onFragment, onFragmentBody) = await api.PostAsync("{ ... on Query @include(if: true) @skip(if: false) { __typename } }");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        LimitedApi.AssertRefused(refused, refusedBody, "MAX_DIRECTIVES_EXCEEDED");
        LimitedApi.AssertRefused(onFragment, onFragmentBody, "MAX_DIRECTIVES_EXCEEDED");
    }

    [Fact]
    public async Task Fragments50_AreAnswered()
    {
        var (response, body) = await _api.PostAsync(WithFragments(50));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
    }

    [Fact]
    public async Task Fragments51_AreRefusedWithMaxFragmentsExceeded()
    {
        var (response, body) = await _api.PostAsync(WithFragments(51));

        Assert.Contains("51 fragments", LimitedApi.AssertRefused(response, body, "MAX_FRAGMENTS_EXCEEDED"), StringComparison.Ordinal);
        await _api.AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    public async Task FragmentCycle_IsRefusedByGraphQLDotNetsValidation(string accept, HttpStatusCode status)
    {
        const string Query = """
            { ...A }
            fragment A on Query { __typename ...B }
            fragment B on Query { __typename ...A }
            """;

        var (response, body) = await SendAsync(_api.Client, PostQuery(Query, accept));

        Assert.Equal(status, response.StatusCode);
        Assert.Null(body?["data"]);
        Assert.Contains("A", GraphQLAssert.ErrorCode(body, "NO_FRAGMENT_CYCLES"), StringComparison.Ordinal);
        await _api.AssertStillAnswersAsync();
    }

    public void Dispose() => _api.Dispose();

    private static string WithFragments(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"...F{i}")) + " }\n"
        + string.Join('\n', Enumerable.Range(0, count).Select(i => $"fragment F{i} on Query {{ __typename }}"));
}
