using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Telemetry;

/// <summary>
/// Request count, duration and cost by operation name, read through OpenTelemetry's in-memory metric exporter.
/// Each test's provider hears only its own host's meters (<see cref="TelemetryApi"/>), and reads one collection.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class MetricsTests(CuratedDatabase database) : IDisposable
{
    private readonly TelemetryApi _api = new(database);

    [Fact]
    public async Task Requests_AreCountedTimedAndCostedUnderTheirOperationName()
    {
        const string query = "query MetricsProbeCounted { persons(first: 2) { nodes { label } } }";
        var (_, first, body) = await _api.PostInTraceAsync(query, reportCost: true);
        await _api.PostInTraceAsync(query);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var operationCost = body!["extensions"]!["operationCost"]!;
        var cost = Math.Max(1, Math.Max((int)operationCost["fieldCost"]!, (int)operationCost["typeCost"]!));

        var metrics = _api.CollectMetrics();
        var count = Assert.Single(metrics.Points("history.graphql.requests", "MetricsProbeCounted"));
        Assert.Equal(2, count.GetSumLong());
        Assert.Contains(count.Tags.ToArray(), t => t.Key == "graphql.operation.type" && Equals(t.Value, "query"));
        Assert.DoesNotContain(count.Tags.ToArray(), t => t.Key == "error.type");

        var duration = Assert.Single(metrics.Points("history.graphql.request.duration", "MetricsProbeCounted"));
        Assert.Equal(2, duration.GetHistogramCount());
        Assert.True(duration.GetHistogramSum() > 0, "durations are recorded in seconds, above zero");

        var costs = Assert.Single(metrics.Points("history.graphql.request.cost", "MetricsProbeCounted"));
        Assert.Equal(2, costs.GetHistogramCount());
        Assert.Equal(2 * cost, costs.GetHistogramSum());
    }

    [Fact]
    public async Task FailedRequests_CarryTheirErrorCode()
    {
        await _api.PostInTraceAsync("query MetricsProbeInvalid { persons(first: 1) { nodes { noSuchField } } }");

        var count = Assert.Single(_api.CollectMetrics().Points("history.graphql.requests", "MetricsProbeInvalid"));
        Assert.Equal(1, count.GetSumLong());
        Assert.Contains(count.Tags.ToArray(), t => t.Key == "error.type" && Equals(t.Value, "FIELDS_ON_CORRECT_TYPE"));
    }

    [Fact]
    public async Task OperationNames_AreBoundedButTrustedDocumentNamesAlwaysPass()
    {
        using var api = new TelemetryApi(database, new Dictionary<string, string> { ["Telemetry:MaxOperationNames"] = "1" });

        await api.PostInTraceAsync("query MetricsProbeFirstName { __typename }");
        await api.PostInTraceAsync("query MetricsProbeSecondName { __typename }");
        await api.PostInTraceAsync("query Search { __typename }");
        await api.PostInTraceAsync("{ __typename }");
        await api.PostInTraceAsync("query MetricsProbeBroken {");

        var names = api.CollectMetrics().OperationNames("history.graphql.requests");
        Assert.Contains("MetricsProbeFirstName", names);
        Assert.DoesNotContain("MetricsProbeSecondName", names);
        Assert.Contains("_OTHER", names);
        Assert.Contains("Search", names);
        Assert.Contains("_UNNAMED", names);
        Assert.Contains("_UNKNOWN", names);
    }

    public void Dispose() => _api.Dispose();
}
