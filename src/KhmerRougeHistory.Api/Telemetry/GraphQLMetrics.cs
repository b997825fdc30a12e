using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// The GraphQL metrics of meter <see cref="HistoryTelemetry.Name"/>: requests, their duration and their cost, tagged
/// with the operation's (bounded) name and type, and with <c>error.type</c> when the result carries errors. While no
/// meter listener is attached the instruments are disabled and recording does nothing.
/// </summary>
internal sealed class GraphQLMetrics
{
    // Seconds, as the semantic conventions' http.server.request.duration buckets them.
    private static readonly double[] _durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    // The cost limit is 5,000 by default (Limits:MaxFieldCost/MaxTypeCost); refused requests may report more.
    private static readonly int[] _costBuckets = [1, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000];

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Histogram<int> _cost;

    public GraphQLMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(HistoryTelemetry.Name);
        _requests = meter.CreateCounter<long>(TelemetryNames.RequestsMetric, "{request}", "GraphQL requests executed (after the HTTP body was read).");
        _duration = meter.CreateHistogram(TelemetryNames.DurationMetric, "s",
            "Time from the start of GraphQL processing (persisted operation look-up, parsing, validation) to the execution result, before the response is written.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = _durationBuckets });
        _cost = meter.CreateHistogram(TelemetryNames.CostMetric, "{cost}",
            "The computed cost of GraphQL requests whose documents were valid (the larger of field and type cost).",
            tags: null, advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = _costBuckets });
    }

    public void Record(string operationName, string? operationType, string? errorType, TimeSpan duration, int? cost)
    {
        if (!_requests.Enabled && !_duration.Enabled && !_cost.Enabled)
        {
            return;
        }

        var tags = Tags(operationName, operationType, errorType);
        _requests.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
        if (cost is { } value)
        {
            // Refused requests' cost is worth seeing too (MAX_COST_EXCEEDED), so it is not split by error.
            _cost.Record(value, Tags(operationName, operationType, errorType: null));
        }
    }

    private static TagList Tags(string operationName, string? operationType, string? errorType)
    {
        var tags = new TagList { { TelemetryNames.OperationName, operationName } };
        if (operationType is not null)
        {
            tags.Add(TelemetryNames.OperationType, operationType);
        }

        if (errorType is not null)
        {
            tags.Add(TelemetryNames.ErrorType, errorType);
        }

        return tags;
    }
}
