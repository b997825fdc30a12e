using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// What the API's own spans and metrics record. Defaults: no query text on spans (<see cref="RecordDocument"/>
/// false); at most 100 client-chosen operation names as metric tags (<see cref="MaxOperationNames"/>). Whether
/// anything is exported is not set here: the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> setting turns OTLP on.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// Put the query text on the operation span as <c>graphql.document</c> (the semantic conventions make it opt-in:
    /// queries are client input). Variables are never recorded. Default: false.
    /// </summary>
    public bool RecordDocument { get; set; }

    /// <summary>
    /// How many distinct operation names, besides the trusted documents' names, metrics tag separately; later names
    /// are counted as <c>_OTHER</c>. Clients choose operation names, and every distinct tag value is a time series
    /// kept in memory here and in the metrics back end. Default: 100.
    /// </summary>
    [Range(0, 10_000)]
    public int MaxOperationNames { get; set; } = 100;
}
