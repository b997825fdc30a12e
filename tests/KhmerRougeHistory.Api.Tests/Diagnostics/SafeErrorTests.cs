using System.Net;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Diagnostics;

/// <summary>
/// An unexpected exception reaches the client as INTERNAL_SERVER_ERROR with the trace id it was logged under, and
/// nothing else: no message, type name, stack trace or SQL.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class SafeErrorTests(CuratedDatabase database) : IDisposable
{
    private const string Secret = "SELECT secret FROM Credentials WHERE password = 'hunter2'";

    private readonly HistoryApiFactory _factory = new(database.FilePath);
    private readonly CapturedLogs _logs = new();

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task ResolverException_GivesInternalServerErrorWithTheTraceIdOfItsLogEntry(string accept)
    {
        var client = WithServices(services => services.AddSingleton<IDbContextFactory<HistoryDbContext>>(new ThrowingContextFactory()));

        var (response, body) = await SendAsync(client, PostQuery("{ __typename dataVersion }", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.ErrorCode(body, "INTERNAL_SERVER_ERROR");
        var error = body!["errors"]![0]!;
        Assert.Equal("dataVersion", (string?)error["path"]?[0]);
        var traceId = (string?)error["extensions"]?["traceId"];
        Assert.False(string.IsNullOrEmpty(traceId));
        Assert.Contains(traceId, (string?)error["message"], StringComparison.Ordinal);
        AssertNoInternals(body.ToJsonString());
        var logged = Assert.Single(_logs.WithEventId(2001));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Equal(traceId, logged.Values["TraceId"]);
        Assert.Equal(Secret, logged.Exception?.Message);
    }

    [Fact]
    public async Task ExceptionEscapingExecution_Returns500WithTheTraceIdOfItsLogEntry()
    {
        var client = WithServices(services => services.AddSingleton<IConfigureExecution>(new ThrowingExecution()));

        var (response, body) = await SendAsync(client, PostQuery("{ __typename }"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var traceId = AssertInternalServerError(body);
        var logged = Assert.Single(_logs.WithEventId(2001));
        Assert.Equal(traceId, logged.Values["TraceId"]);
        Assert.Equal(Secret, logged.Exception?.Message);
    }

    [Fact]
    public async Task ExceptionEscapingTheExecutor_Returns500WithTheTraceIdOfItsLogEntry()
    {
        var client = WithServices(services => services.AddSingleton<IDocumentExecuter<ISchema>>(new ThrowingExecuter()));

        var (response, body) = await SendAsync(client, Get("{ __typename }"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var traceId = AssertInternalServerError(body);
        var logged = Assert.Single(_logs.WithEventId(2002));
        Assert.Equal(traceId, logged.Values["TraceId"]);
        Assert.Equal(Secret, logged.Exception?.Message);
    }

    [Fact]
    public async Task DifferentRequests_HaveDifferentTraceIds()
    {
        var client = WithServices(services => services.AddSingleton<IConfigureExecution>(new ThrowingExecution()));

        var (_, first) = await SendAsync(client, PostQuery("{ __typename }"));
        var (_, second) = await SendAsync(client, PostQuery("{ __typename }"));

        Assert.NotEqual((string?)first?["errors"]?[0]?["extensions"]?["traceId"], (string?)second?["errors"]?[0]?["extensions"]?["traceId"]);
    }

    [Fact]
    public async Task UnknownField_SuggestsTheFieldMeant()
    {
        var (_, body) = await SendAsync(_factory.CreateClient(), PostQuery("{ dataVersio }"));

        var message = GraphQLAssert.ErrorCode(body, "FIELDS_ON_CORRECT_TYPE");
        Assert.Contains("Did you mean 'dataVersion'?", message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _logs.Dispose();
    }

    private static string AssertInternalServerError(JsonNode? body)
    {
        GraphQLAssert.ErrorCode(body, "INTERNAL_SERVER_ERROR");
        var traceId = (string?)body!["errors"]![0]!["extensions"]?["traceId"];
        Assert.False(string.IsNullOrEmpty(traceId));
        AssertNoInternals(body.ToJsonString());
        return traceId!;
    }

    private static void AssertNoInternals(string body)
    {
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SELECT", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    private HttpClient WithServices(Action<IServiceCollection> configure) =>
        new HistoryApiFactory(database.FilePath).WithTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(_logs);
            configure(services);
        }).CreateClient();

    private sealed class ThrowingContextFactory : IDbContextFactory<HistoryDbContext>
    {
        public HistoryDbContext CreateDbContext() => throw new InvalidOperationException(Secret);
    }

    private sealed class ThrowingExecuter : IDocumentExecuter<ISchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) => throw new InvalidOperationException(Secret);
    }

    private sealed class ThrowingExecution : IConfigureExecution
    {
        public float SortOrder => 100;

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next) =>
            throw new InvalidOperationException(Secret);
    }
}
