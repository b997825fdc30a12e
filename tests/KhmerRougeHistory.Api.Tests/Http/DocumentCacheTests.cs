using System.Net;
using GraphQL.Execution;
using GraphQL.Validation;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Http;

/// <summary>Parsed and validated documents are cached by the hash of the query text.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class DocumentCacheTests(CuratedDatabase database) : IDisposable
{
    private const string TypeByName = """
        query TypeByName($name: String!) { __type(name: $name) { name } }
        """;

    private readonly List<HistoryApiFactory> _factories = [];
    private readonly CountingDocumentBuilder _parser = new();
    private readonly CountingDocumentValidator _validator = new();

    [Fact]
    public async Task RepeatedQuery_IsParsedAndValidatedOnce_AndAnswersTheSame()
    {
        var client = Counted().CreateClient();

        var (first, firstBody) = await SendAsync(client, PostQuery("{ __typename dataVersion }"));
        var (second, secondBody) = await SendAsync(client, PostQuery("{ __typename dataVersion }"));
        var (third, thirdBody) = await SendAsync(client, Get("{ __typename dataVersion }"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { first.StatusCode, second.StatusCode, third.StatusCode });
        Assert.Equal(database.Dataset.Hash, (string?)firstBody?["data"]?["dataVersion"]);
        Assert.Equal(Compact(firstBody), Compact(secondBody));
        Assert.Equal(Compact(firstBody), Compact(thirdBody));
        Assert.Equal(1, _parser.Parses);
        Assert.Equal(1, _validator.Validations);
    }

    [Fact]
    public async Task CachedDocument_StillCoercesEachRequestsVariables()
    {
        var client = Counted().CreateClient();

        var (_, query) = await SendAsync(client, Post(Body(TypeByName, new { name = "Query" })));
        var (_, missing) = await SendAsync(client, Post(Body(TypeByName, new { name = "NoSuchType" })));
        var (_, invalid) = await SendAsync(client, Post(Body(TypeByName, new { name = 42 })));

        Assert.Equal("""{"data":{"__type":{"name":"Query"}}}""", Compact(query));
        Assert.Equal("""{"data":{"__type":null}}""", Compact(missing));
        Assert.Equal("INVALID_VALUE", Code(invalid));
        Assert.Equal(1, _parser.Parses);
    }

    [Theory]
    [InlineData("{ noSuchField }")]
    [InlineData("{")]
    public async Task InvalidDocument_IsNotCached(string query)
    {
        var client = Counted().CreateClient();

        var (_, first) = await SendAsync(client, PostQuery(query));
        var (_, second) = await SendAsync(client, PostQuery(query));

        Assert.NotNull(Code(first));
        Assert.Equal(Compact(first), Compact(second));
        Assert.Equal(2, _parser.Parses);
    }

    [Fact]
    public async Task DifferentQueryText_IsParsedSeparately()
    {
        var client = Counted().CreateClient();

        await SendAsync(client, PostQuery("{ __typename }"));
        await SendAsync(client, PostQuery("{  __typename }"));
        await SendAsync(client, PostQuery("{ __typename }"));

        Assert.Equal(2, _parser.Parses);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10")]
    public async Task QueryThatDoesNotFitTheCache_IsParsedEveryTime(string cacheSize)
    {
        var client = Counted(cacheSize).CreateClient();

        var (_, first) = await SendAsync(client, PostQuery("{ __typename }"));
        var (_, second) = await SendAsync(client, PostQuery("{ __typename }"));

        Assert.Equal("""{"data":{"__typename":"Query"}}""", Compact(second));
        Assert.Equal(Compact(first), Compact(second));
        Assert.Equal(2, _parser.Parses);
    }

    public void Dispose() => _factories.ForEach(f => f.Dispose());

    private HistoryApiFactory Counted(string? cacheSize = null)
    {
        var factory = new HistoryApiFactory(database.FilePath).WithTestServices(services => services
            .AddSingleton<IDocumentBuilder>(_parser)
            .AddSingleton<IDocumentValidator>(_validator));
        _factories.Add(cacheSize is null ? factory : factory.With("GraphQLHttp:DocumentCacheSize", cacheSize));
        return _factories[^1];
    }
}
