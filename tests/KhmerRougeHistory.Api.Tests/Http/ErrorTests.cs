using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.DI;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Http;

/// <summary>Every error is a GraphQL error body with a stable code and a message a person can act on.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ErrorTests(CuratedDatabase database) : IDisposable
{
    private static readonly string[] _errorKeys = ["message", "locations", "path", "extensions"];
    private static readonly string[] _extensionKeys = ["code", "number"];

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    /// <summary>One request for each error the transport produces, and the common ones graphql-dotnet produces.</summary>
    private static IEnumerable<(string Case, Func<HttpRequestMessage> Request)> ErrorCases =>
    [
        ("malformed JSON", () => Post("""{"query": "{ __typename }" """)),
        ("empty body", () => Post("")),
        ("no query", () => Post("""{"operationName": "A"}""")),
        ("query not a string", () => Post("""{"query": {"text": "{ __typename }"}}""")),
        ("variables not an object", () => Post("""{"query": "{ __typename }", "variables": [1]}""")),
        ("batch", () => Post("""[{"query": "{ __typename }"}]""")),
        ("persisted query", () => Post("""{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0000"}}}""")),
        ("text/plain body", () => Post(Body("{ __typename }"), "text/plain")),
        ("no content type", () => Post(Body("{ __typename }"), null)),
        ("PUT", () => new HttpRequestMessage(HttpMethod.Put, "/graphql")),
        ("not acceptable", () => PostQuery("{ __typename }", "text/html")),
        ("mutation over GET", () => Get("mutation { __typename }")),
        ("malformed variables over GET", () => Get("{ __typename }", "{name:")),
        ("syntax error", () => PostQuery("{ __typename")),
        ("unknown field", () => PostQuery("{ noSuchField }")),
        ("invalid variable", () => Post(Body("query ($name: String!) { __type(name: $name) { name } }", new { name = 1 }))),
        ("unknown operation", () => Post(Body("query A { __typename }", operationName: "B"))),
    ];

    [Fact]
    public async Task Errors_MatchSnapshot()
    {
        var client = _factory.CreateClient();
        var answers = new JsonObject();
        foreach (var (name, request) in ErrorCases)
        {
            var (response, body) = await SendAsync(client, request());
            answers[name] = new JsonObject { ["status"] = (int)response.StatusCode, ["body"] = body };
        }

        Snapshot.Match(answers.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task EveryError_HasAScreamingSnakeCodeAndNoInternals()
    {
        var client = _factory.CreateClient();
        foreach (var (name, request) in ErrorCases)
        {
            var (response, body) = await SendAsync(client, request());

            var errors = body?["errors"]?.AsArray();
            Assert.True(errors is { Count: > 0 }, $"{name}: {Compact(body)}");
            foreach (var error in errors)
            {
                Assert.Matches("^[A-Z]+(_[A-Z]+)*$", (string?)error?["extensions"]?["code"]);
                Assert.False(string.IsNullOrWhiteSpace((string?)error?["message"]), name);
                Assert.All(error!.AsObject(), property => Assert.Contains(property.Key, _errorKeys));
                Assert.All(error["extensions"]!.AsObject(), property => Assert.Contains(property.Key, _extensionKeys));
            }

            var text = Compact(body);
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("{ __typename", "SYNTAX_ERROR")]
    [InlineData("{ noSuchField }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("query ($unused: String) { __typename }", "NO_UNUSED_VARIABLES")]
    [InlineData("query A { __typename } query B { __typename }", "NO_OPERATION_NAME")]
    public async Task GraphQLErrors_CarryTheirCode(string query, string code)
    {
        var (_, body) = await SendAsync(_factory.CreateClient(), PostQuery(query));

        Assert.Equal(code, Code(body));
        Assert.Null(body?["errors"]?[0]?["extensions"]?["codes"]);
    }

    [Fact]
    public async Task ExceptionEscapingExecution_Returns500WithoutDetails()
    {
        var client = new HistoryApiFactory(database.FilePath).WithTestServices(services =>
            services.AddSingleton<IConfigureExecution>(new ThrowingExecution())).CreateClient();

        var (response, body) = await SendAsync(client, PostQuery("{ __typename }"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("INTERNAL_SERVER_ERROR", Code(body));
        Assert.DoesNotContain(ThrowingExecution.Secret, Compact(body), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", Compact(body), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private sealed class ThrowingExecution : IConfigureExecution
    {
        public const string Secret = "connection string with a password";

        public float SortOrder => 100;

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next) =>
            throw new InvalidOperationException(Secret);
    }
}
