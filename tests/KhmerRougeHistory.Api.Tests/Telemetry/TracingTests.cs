using System.Diagnostics;
using System.Net;
using KhmerRougeHistory.Api.Telemetry;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Telemetry;

/// <summary>
/// A GraphQL request over real HTTP is one trace: ASP.NET Core's server span, the GraphQL operation span, its parse,
/// validate and execute spans, and a span per SQL statement under execute; errors fail the spans they happen in.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class TracingTests(CuratedDatabase database) : IDisposable
{
    private const string Probe = "ZzTelemetryProbeValue";

    private const string Query = """
        query TelemetryProbe($label: String!) {
          persons(first: 3, where: { label: { contains: $label } }) { totalCount nodes { label } }
          sites(first: 2) { nodes { label } }
        }
        """;

    private readonly TelemetryApi _api = new(database);

    [Fact]
    public async Task Request_IsOneTraceOfServerOperationParseValidateExecuteAndSqlSpans()
    {
        var (traceId, response, body) = await _api.PostInTraceAsync(Query, new { label = Probe });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
        var trace = await _api.TraceAsync(traceId);
        var server = Assert.Single(trace, s => s.Kind == ActivityKind.Server);
        Assert.Equal("Microsoft.AspNetCore", server.Source.Name);

        var operation = Assert.Single(trace, s => s.ParentSpanId == server.SpanId && s.Source.Name == HistoryTelemetry.Name);
        Assert.Equal("query TelemetryProbe", operation.DisplayName);
        Assert.Equal("TelemetryProbe", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal(false, operation.GetTagItem("history.graphql.document.cached"));
        Assert.True(operation.GetTagItem("history.graphql.cost") is int cost && cost > 1, "the request's cost is on the operation span");
        Assert.Null(operation.GetTagItem("graphql.document"));
        Assert.Equal(ActivityStatusCode.Unset, operation.Status);

        var children = trace.Where(s => s.ParentSpanId == operation.SpanId).OrderBy(s => s.StartTimeUtc).Select(s => s.DisplayName);
        Assert.Equal(["graphql.parse", "graphql.validate", "graphql.execute"], children);

        var execute = Assert.Single(trace, s => s.DisplayName == "graphql.execute");
        var statements = trace.Where(s => s.Kind == ActivityKind.Client).ToList();
        Assert.True(statements.Count >= 3, $"persons' page, its count and sites' page are statements; saw {statements.Count}");
        Assert.All(statements, statement =>
        {
            Assert.Equal(execute.SpanId, statement.ParentSpanId);
            Assert.Equal("SELECT history.db", statement.DisplayName);
            Assert.Equal("sqlite", statement.GetTagItem("db.system"));
            Assert.Equal("SELECT", statement.GetTagItem("db.operation.name"));
            var text = Assert.IsType<string>(statement.GetTagItem("db.statement"));
            Assert.StartsWith("SELECT", text.TrimStart(), StringComparison.Ordinal);
            Assert.Equal(text, statement.GetTagItem("db.query.text"));
            Assert.True(statement.Duration > TimeSpan.Zero);
        });

        // The filter value reaches SQLite as a parameter: the statement shows its name, never its value.
        Assert.Contains(statements, s => ((string)s.GetTagItem("db.statement")!).Contains("LIKE", StringComparison.Ordinal));
        Assert.DoesNotContain(trace, s => s.TagObjects.Any(t => t.Value is string v && v.Contains(Probe, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RepeatedRequest_IsMarkedAsDocumentCacheHitAndSkipsParsing()
    {
        var (first, _, _) = await _api.PostInTraceAsync(Query, new { label = Probe });
        var (second, response, body) = await _api.PostInTraceAsync(Query, new { label = "Pol" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
        var missed = await _api.TraceAsync(first);
        var hit = await _api.TraceAsync(second);
        Assert.Equal(false, Operation(missed).GetTagItem("history.graphql.document.cached"));
        Assert.Equal(true, Operation(hit).GetTagItem("history.graphql.document.cached"));
        Assert.Contains(missed, s => s.DisplayName == "graphql.parse");
        Assert.DoesNotContain(hit, s => s.DisplayName == "graphql.parse");

        // Variables are still coerced and the cost computed for a cached document; then it runs as usual.
        Assert.Single(hit, s => s.DisplayName == "graphql.validate");
        Assert.Single(hit, s => s.DisplayName == "graphql.execute");
        Assert.Contains(hit, s => s.Kind == ActivityKind.Client);
    }

    [Fact]
    public async Task InvalidDocument_FailsTheValidateAndOperationSpansAndExecutesNothing()
    {
        var (traceId, _, body) = await _api.PostInTraceAsync("query TelemetryInvalid { persons(first: 1) { nodes { noSuchField } } }");

        Assert.Equal("FIELDS_ON_CORRECT_TYPE", Code(body));
        var trace = await _api.TraceAsync(traceId);
        var operation = Operation(trace);
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", operation.GetTagItem("error.type"));
        Assert.Equal("query TelemetryInvalid", operation.DisplayName);
        var validate = Assert.Single(trace, s => s.DisplayName == "graphql.validate");
        Assert.Equal(ActivityStatusCode.Error, validate.Status);
        Assert.Contains("noSuchField", validate.StatusDescription, StringComparison.Ordinal);
        Assert.DoesNotContain(trace, s => s.DisplayName == "graphql.execute" || s.Kind == ActivityKind.Client);
    }

    [Fact]
    public async Task SyntaxError_FailsTheParseSpan()
    {
        var (traceId, _, body) = await _api.PostInTraceAsync("query TelemetryBroken { persons(first: 1) {");

        Assert.Equal("SYNTAX_ERROR", Code(body));
        var trace = await _api.TraceAsync(traceId);
        var parse = Assert.Single(trace, s => s.DisplayName == "graphql.parse");
        Assert.Equal(ActivityStatusCode.Error, parse.Status);
        Assert.Equal("SYNTAX_ERROR", parse.GetTagItem("error.type"));
        var operation = Operation(trace);
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
        Assert.Equal("GraphQL Operation", operation.DisplayName);
    }

    [Fact]
    public async Task FieldError_FailsTheExecuteAndOperationSpans()
    {
        var (traceId, _, body) = await _api.PostInTraceAsync("""query TelemetryBadId { node(id: "not-an-id") { id } }""");

        Assert.Equal("INVALID_ID", Code(body));
        var trace = await _api.TraceAsync(traceId);
        var execute = Assert.Single(trace, s => s.DisplayName == "graphql.execute");
        Assert.Equal(ActivityStatusCode.Error, execute.Status);
        Assert.Equal("INVALID_ID", execute.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, Operation(trace).Status);
    }

    [Fact]
    public async Task DocumentIsRecordedOnlyWhenConfigured()
    {
        using var api = new TelemetryApi(database, new Dictionary<string, string> { ["Telemetry:RecordDocument"] = "true" });

        var (traceId, _, _) = await api.PostInTraceAsync(Query, new { label = Probe });

        var operation = Operation(await api.TraceAsync(traceId));
        Assert.Equal(Query, operation.GetTagItem("graphql.document"));
        Assert.DoesNotContain(operation.TagObjects, t => t.Value is string v && v.Contains(Probe, StringComparison.Ordinal));
    }

    private static Activity Operation(IReadOnlyList<Activity> trace) =>
        Assert.Single(trace, s => s.Source.Name == HistoryTelemetry.Name && s.Kind == ActivityKind.Internal && !s.DisplayName.StartsWith("graphql.", StringComparison.Ordinal));

    public void Dispose() => _api.Dispose();
}
