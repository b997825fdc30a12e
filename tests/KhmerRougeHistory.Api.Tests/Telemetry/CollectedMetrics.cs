using OpenTelemetry.Metrics;

namespace KhmerRougeHistory.Api.Tests.Telemetry;

/// <summary>One collection of the metrics (cumulative totals), read by instrument and operation name.</summary>
public sealed class CollectedMetrics(IReadOnlyList<MetricSnapshot> metrics)
{
    private const string OperationNameTag = "graphql.operation.name";

    /// <summary>The points of instrument <paramref name="name"/> whose operation name tag is <paramref name="operationName"/>.</summary>
    public IReadOnlyList<MetricPoint> Points(string name, string operationName) =>
        [.. TaggedPoints(name).Where(p => p.OperationName == operationName).Select(p => p.Point)];

    /// <summary>Every value the operation name tag of instrument <paramref name="name"/> has had.</summary>
    public IReadOnlySet<string> OperationNames(string name) =>
        TaggedPoints(name).Select(p => p.OperationName).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private IEnumerable<(MetricPoint Point, string? OperationName)> TaggedPoints(string name)
    {
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (var point in metric.MetricPoints)
            {
                var operationName = point.Tags.ToArray().FirstOrDefault(t => t.Key == OperationNameTag).Value as string;
                yield return (point, operationName);
            }
        }
    }
}
