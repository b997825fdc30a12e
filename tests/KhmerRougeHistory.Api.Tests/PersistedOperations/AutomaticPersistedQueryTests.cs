using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;
using static KhmerRougeHistory.Api.Tests.PersistedOperations.PersistedRequests;

namespace KhmerRougeHistory.Api.Tests.PersistedOperations;

/// <summary>Apollo's automatic persisted queries: a hash alone runs a registered query; a hash with its query registers it.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class AutomaticPersistedQueryTests(CuratedDatabase database) : IDisposable
{
    private const string Query = """
        query Version { dataVersion }
        """;

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task Get_MissThenRegisterThenHit_RunsTheRegisteredQuery()
    {
        var client = _factory.CreateClient();
        var hash = Sha256(Query);

        var (miss, missBody) = await SendAsync(client, GetPersisted(hash));
        var (register, registerBody) = await SendAsync(client, PostPersisted(hash, Query));
        var (hit, hitBody) = await SendAsync(client, GetPersisted(hash));

        Assert.Equal(HttpStatusCode.OK, miss.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(missBody));
        Assert.Null(missBody?["data"]);
        Assert.Equal("no-store", miss.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal(database.Dataset.Hash, (string?)registerBody?["data"]?["dataVersion"]);
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal(Compact(registerBody), Compact(hitBody));
        Assert.True(hit.Headers.CacheControl?.Public, "a hit over GET is cacheable");
        Assert.NotNull(hit.Headers.ETag);
    }

    [Fact]
    public async Task Get_RegisteringWithTheQuery_AnswersAndLaterHashesHit()
    {
        var client = _factory.CreateClient();
        const string query = "{ registeredOverGet: __typename }";
        var hash = Sha256(query);

        var (register, registerBody) = await SendAsync(client, GetPersisted(hash, query));
        var (hit, hitBody) = await SendAsync(client, PostPersisted(hash));

        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal("""{"data":{"registeredOverGet":"Query"}}""", Compact(registerBody));
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal("""{"data":{"registeredOverGet":"Query"}}""", Compact(hitBody));
    }

    [Fact]
    public async Task Get_WithUnknownHashAndGraphQLResponseJson_Returns400PersistedQueryNotFound()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), GetPersisted(Sha256("{ neverRegistered: __typename }"), accept: GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, MediaType(response));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(body));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Post_WithUnknownHash_Returns200PersistedQueryNotFound()
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), PostPersisted(Sha256("{ alsoNeverRegistered: __typename }")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(body));
        GraphQLAssert.ErrorCode(body, "PERSISTED_QUERY_NOT_FOUND");
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Post_WithHashThatIsNotTheQuerys_Returns400HashMismatchAndRegistersNothing(string accept)
    {
        var client = _factory.CreateClient();
        var hash = Sha256("{ somethingElse: __typename }");

        var (response, body) = await SendAsync(client, PostPersisted(hash, "{ __typename }", accept));
        var (later, laterBody) = await SendAsync(client, PostPersisted(hash));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", Code(body));
        Assert.Null(body?["data"]);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(laterBody));
    }

    [Fact]
    public async Task Post_WithUpperCaseHash_MatchesTheQuery()
    {
        const string query = "{ upper: __typename }";

        var (response, body) = await SendAsync(_factory.CreateClient(), PostPersisted(Sha256(query).ToUpperInvariant(), query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"upper":"Query"}}""", Compact(body));
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"ab"}}""")]
    [InlineData("""{"persistedQuery":{"version":1}}""")]
    [InlineData("""{"persistedQuery":"ab"}""")]
    public async Task Post_WithMalformedPersistedQuery_Returns400(string extensions)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Post($$"""{"extensions":{{extensions}}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_PERSISTED_QUERY", Code(body));
    }

    [Fact]
    public async Task Post_RegisteringAnInvalidQuery_RegistersNothing()
    {
        var client = _factory.CreateClient();
        const string query = "{ noSuchField }";
        var hash = Sha256(query);

        var (register, registerBody) = await SendAsync(client, PostPersisted(hash, query));
        var (later, laterBody) = await SendAsync(client, PostPersisted(hash));

        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", Code(registerBody));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(laterBody));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task Get_HashOfATrustedDocument_RunsItWithoutRegistration()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "schema", "operations", "Search.graphql"));

        var (response, body) = await SendAsync(_factory.CreateClient(), GetPersisted(Sha256(text.ReplaceLineEndings("\n"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(GraphQLAssert.Data(body)["search"]!.AsArray());
    }

    [Fact]
    public async Task Post_WhenAutomaticPersistedQueriesAreOff_ReturnsPersistedQueryNotSupported()
    {
        using var factory = new HistoryApiFactory(database.FilePath).With("PersistedOperations:AutomaticPersistedQueries", "false");

        var (response, body) = await SendAsync(factory.CreateClient(), PostPersisted(Sha256(Query), Query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", Code(body));
    }

    [Fact]
    public async Task Get_AfterTheStoreIsFull_StillAnswersRegistrations()
    {
        using var factory = new HistoryApiFactory(database.FilePath).With("PersistedOperations:AutomaticPersistedQueryStoreSize", "40");
        var client = factory.CreateClient();

        for (var i = 0; i < 20; i++)
        {
            var query = $"{{ filler{i}: __typename }}";
            var (response, body) = await SendAsync(client, PostPersisted(Sha256(query), query));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Query", (string?)body?["data"]?[$"filler{i}"]);
        }
    }

    public void Dispose() => _factory.Dispose();
}
