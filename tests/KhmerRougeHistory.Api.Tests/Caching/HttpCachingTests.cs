using System.Net;
using System.Net.Http.Headers;
using GraphQL.DI;
using KhmerRougeHistory.Api.Caching;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Caching;

/// <summary>GET responses carry a strong ETag from the data version and the request; only successes may be stored.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class HttpCachingTests(CuratedDatabase database) : IDisposable
{
    private const string Query = """
        query TypeByName($name: String!) { __type(name: $name) { name } }
        """;

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task Get_Success_IsPubliclyCacheableWithAStrongETag()
    {
        var (response, _) = await SendAsync(_factory.CreateClient(), Get("{ dataVersion }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.ETag?.IsWeak ?? true);
        Assert.Equal(["Accept", "GraphQL-Cost"], response.Headers.Vary);
    }

    [Fact]
    public async Task Get_IdenticalRequests_HaveTheSameETag()
    {
        var client = _factory.CreateClient();

        var (first, _) = await SendAsync(client, Get(Query, """{"name":"Query"}"""));
        var (second, _) = await SendAsync(client, Get(Query, """{"name":"Query"}"""));

        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task Get_DifferentVariablesOperationNamesOrMediaTypes_HaveDifferentETags()
    {
        var client = _factory.CreateClient();
        const string twoOperations = "query A { a: __typename } query B { b: __typename }";

        var tags = new[]
        {
            await ETagOfAsync(client, Get(Query, """{"name":"Query"}""")),
            await ETagOfAsync(client, Get(Query, """{"name":"Site"}""")),
            await ETagOfAsync(client, Get(Query, """{"name":"Query"}""", accept: GraphQLResponseJson)),
            await ETagOfAsync(client, Get(twoOperations, operationName: "A")),
            await ETagOfAsync(client, Get(twoOperations, operationName: "B")),
            await ETagOfAsync(client, GetRaw("?id=Search")),
            await ETagOfAsync(client, GetRaw("?id=Search&variables=%7B%22text%22%3A%22duch%22%7D")),
        };

        Assert.Equal(tags.Length, tags.Distinct().Count());
    }

    [Fact]
    public async Task Get_WithAnotherDataVersion_HasAnotherETag()
    {
        using var rebuilt = new HistoryApiFactory(database.FilePath).WithTestServices(services => services.AddSingleton(new DataVersion("another build")));

        var before = await ETagOfAsync(_factory.CreateClient(), Get("{ __typename }"));
        var after = await ETagOfAsync(rebuilt.CreateClient(), Get("{ __typename }"));

        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Get_ByIdAfterTheTrustedDocumentChanged_HasAnotherETag()
    {
        using var operations = new TempDirectory();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "schema", "operations"), "*.graphql"))
        {
            File.Copy(file, operations.File(Path.GetFileName(file)));
        }

        await File.AppendAllTextAsync(operations.File("Search.graphql"), "# edited\n");
        using var redeployed = new HistoryApiFactory(database.FilePath).With("PersistedOperations:TrustedDocumentsDirectory", operations.Path);

        var before = await ETagOfAsync(_factory.CreateClient(), GetRaw("?id=Search"));
        var after = await ETagOfAsync(redeployed.CreateClient(), GetRaw("?id=Search"));

        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Get_WithMatchingIfNoneMatch_Returns304WithoutRunningTheQuery()
    {
        var counter = new ExecutionCounter();
        using var factory = new HistoryApiFactory(database.FilePath).WithTestServices(services => services.AddSingleton<IConfigureExecution>(counter));
        var client = factory.CreateClient();
        var (first, _) = await SendAsync(client, Get(Query, """{"name":"Query"}"""));

        var revalidation = Get(Query, """{"name":"Query"}""");
        revalidation.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var (second, body) = await SendAsync(client, revalidation);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Null(body);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("public, max-age=300", second.Headers.CacheControl?.ToString());
        Assert.Equal(1, counter.Count);
    }

    [Theory]
    [InlineData("W/{0}")]
    [InlineData("\"other\", {0}")]
    public async Task Get_WithWeakOrListedIfNoneMatch_Returns304(string format)
    {
        var client = _factory.CreateClient();
        var tag = await ETagOfAsync(client, Get("{ __typename }"));

        var request = Get("{ __typename }");
        request.Headers.TryAddWithoutValidation("If-None-Match", string.Format(System.Globalization.CultureInfo.InvariantCulture, format, tag));
        var (response, _) = await SendAsync(client, request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("\"other\"")]
    [InlineData("*")]
    public async Task Get_WithOtherIfNoneMatch_Returns200(string ifNoneMatch)
    {
        var request = Get("{ __typename }");
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);

        var (response, body) = await SendAsync(_factory.CreateClient(), request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(body));
    }

    [Theory]
    [InlineData("{ noSuchField }", Json)]
    [InlineData("{ noSuchField }", GraphQLResponseJson)]
    [InlineData("mutation { __typename }", Json)]
    [InlineData("""{ node(id: "bm90IGFuIGlk") { id } }""", Json)]
    public async Task Get_WithErrors_IsNeverStored(string query, string accept)
    {
        var (response, body) = await SendAsync(_factory.CreateClient(), Get(query, accept: accept));

        Assert.NotNull(body?["errors"]);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Get_RefusedByTheTransport_IsNeverPublic()
    {
        var (response, _) = await SendAsync(_factory.CreateClient(), GetRaw("?query=%7B__typename%7D&query=%7BdataVersion%7D"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.Public);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Post_Success_IsNeverStored()
    {
        var (response, _) = await SendAsync(_factory.CreateClient(), PostQuery("{ dataVersion }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Get_WithConfiguredMaxAge_UsesIt()
    {
        using var factory = new HistoryApiFactory(database.FilePath).With("HttpCaching:MaxAge", "60");

        var (response, _) = await SendAsync(factory.CreateClient(), Get("{ __typename }"));

        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task Get_WithCostReportHeader_HasAnotherETag()
    {
        var client = _factory.CreateClient();
        var report = Get("{ __typename }");
        report.Headers.Add("GraphQL-Cost", "report");

        var plain = await ETagOfAsync(client, Get("{ __typename }"));
        var reported = await ETagOfAsync(client, report);

        Assert.NotEqual(plain, reported);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<EntityTagHeaderValue> ETagOfAsync(HttpClient client, HttpRequestMessage request)
    {
        var (response, _) = await SendAsync(client, request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag ?? throw new InvalidOperationException("no ETag");
    }
}
