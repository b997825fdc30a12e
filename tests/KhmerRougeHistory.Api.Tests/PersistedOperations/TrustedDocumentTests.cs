using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;
using static KhmerRougeHistory.Api.Tests.PersistedOperations.PersistedRequests;

namespace KhmerRougeHistory.Api.Tests.PersistedOperations;

/// <summary>The operations of schema/operations are served by id: their name, or sha256: and the hash of their text.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class TrustedDocumentTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    public static TheoryData<string> Operations() =>
        [.. Directory.GetFiles(OperationsDirectory, "*.graphql").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    private static string OperationsDirectory => Path.Combine(RepositoryPaths.Root, "schema", "operations");

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Get_ByName_AnswersAsTheDocumentDoes(string operation)
    {
        var client = _factory.CreateClient();

        var (byId, byIdBody) = await SendAsync(client, GetById(operation));
        var (byText, byTextBody) = await SendAsync(client, PostQuery(await TextOfAsync(operation)));

        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        GraphQLAssert.Data(byIdBody);
        Assert.Equal(HttpStatusCode.OK, byText.StatusCode);
        Assert.Equal(Compact(byTextBody), Compact(byIdBody));
        Assert.True(byId.Headers.CacheControl?.Public);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("documentId")]
    public async Task Get_BySha256Id_RunsTheDocument(string parameter)
    {
        var id = "sha256:" + Sha256(await TextOfAsync("S21PrisonerCounts"));

        var (response, body) = await SendAsync(_factory.CreateClient(), GetById(id, parameter: parameter));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("S-21", (string?)GraphQLAssert.Data(body)["node"]?["label"]);
    }

    [Fact]
    public async Task Get_ByBareHash_RunsTheDocument()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), GetById(Sha256(await TextOfAsync("S21PrisonerCounts"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
    }

    [Fact]
    public async Task Get_ByNameWithVariables_PassesThem()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), GetById("Search", """{"text":"duch","first":1}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(GraphQLAssert.Data(body)["search"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"id": "S21PrisonerCounts"}""")]
    [InlineData("""{"documentId": "S21PrisonerCounts", "operationName": "S21PrisonerCounts"}""")]
    public async Task Post_ById_RunsTheDocument(string body)
    {
        var (response, answer) = await SendAsync(_factory.CreateClient(), Post(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(GraphQLAssert.Data(answer)["node"]);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    public async Task Get_WithUnknownId_ReturnsPersistedQueryNotFound(string accept, HttpStatusCode status)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), GetById("NoSuchOperation", accept: accept));

        Assert.Equal(status, response.StatusCode);
        GraphQLAssert.ErrorCode(body, "PERSISTED_QUERY_NOT_FOUND");
        Assert.Null(body?["data"]);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Post_WithUnknownSha256Id_ReturnsPersistedQueryNotFound()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Post($$"""{"documentId": "sha256:{{Sha256("{ unknown }")}}"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(body));
    }

    [Theory]
    [InlineData("""{"id": "Search", "query": "{ __typename }"}""")]
    [InlineData("""{"id": "Search", "documentId": "Search"}""")]
    public async Task Post_WithIdAndSomethingElse_Returns400(string body)
    {
        var (response, answer) = await SendAsync(_factory.CreateClient(), Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", Code(answer));
    }

    [Fact]
    public async Task Get_ByIdWithOverriddenDefaults_UsesTheVariables()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), GetById("Timeline", """{"first": 2}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, GraphQLAssert.Data(body)["events"]?["nodes"]?.AsArray().Count);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<string> TextOfAsync(string operation) =>
        (await File.ReadAllTextAsync(Path.Combine(OperationsDirectory, operation + ".graphql"))).ReplaceLineEndings("\n");
}
