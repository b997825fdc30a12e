using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace KhmerRougeHistory.Api.Tests.Telemetry;

/// <summary>
/// The real application with OpenTelemetry's in-memory exporters added the way a host adds any exporter
/// (<c>AddOpenTelemetry().WithTracing(...)</c>); what to collect comes from the application's own
/// <c>AddHistoryTelemetry</c>. Listeners are process-wide, so spans of other tests running at the same time land here
/// too: each request carries a <c>traceparent</c> with a fresh trace id, and tests only look at that trace. Metrics are
/// kept to this host's own meters (<see cref="OnlyFrom"/>).
/// </summary>
public sealed class TelemetryApi : IDisposable
{
    private readonly HistoryApiFactory _factory;

    public TelemetryApi(CuratedDatabase database, IReadOnlyDictionary<string, string>? settings = null)
        : this(new HistoryApiFactory((database ?? throw new ArgumentNullException(nameof(database))).FilePath), settings)
    {
    }

    /// <summary>The same over another host of the application (PostgreSQL's); disposed with this.</summary>
    public TelemetryApi(HistoryApiFactory factory, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory.With(settings ?? new Dictionary<string, string>()).WithTestServices(services => services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddInMemoryExporter(Spans))
            .WithMetrics(metrics => metrics.AddInMemoryExporter(Metrics))
            .Services.ConfigureOpenTelemetryMeterProvider((host, metrics) => metrics.AddView(OnlyFrom(host))));
        Client = _factory.CreateClient();
    }

    public HttpClient Client { get; }

    public LockedCollection<Activity> Spans { get; } = new();

    public LockedCollection<MetricSnapshot> Metrics { get; } = new();

    public IServiceProvider Services => _factory.Services;

    /// <summary>Posts a query inside a new trace (as a traced client would) and returns the trace id with the answer.</summary>
    public async Task<(ActivityTraceId TraceId, HttpResponseMessage Response, JsonNode? Body)> PostInTraceAsync(
        string query, object? variables = null, bool reportCost = false)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        if (reportCost)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (traceId, response, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }

    /// <summary>
    /// The spans of one trace, once its server span has ended: ASP.NET Core ends it after the response was sent,
    /// so it may still be running when the client has the answer.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> TraceAsync(ActivityTraceId traceId)
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 10;
        while (true)
        {
            var trace = Spans.Snapshot().Where(s => s.TraceId == traceId).ToList();
            if (trace.Any(s => s.Kind == ActivityKind.Server) || Stopwatch.GetTimestamp() > deadline)
            {
                return trace;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Collects the metrics now, once: a test reads every instrument it checks from the same collection, so its
    /// figures are of one moment.
    /// </summary>
    public CollectedMetrics CollectMetrics()
    {
        Metrics.Clear();
        Assert.True(Services.GetRequiredService<MeterProvider>().ForceFlush(10_000), "the meter provider flushed");
        return new CollectedMetrics(Metrics.Snapshot());
    }

    /// <summary>
    /// Keeps only the instruments of this host's meters. Meters are process-wide: without this, the provider would also
    /// hear every other test host's meter of the same name, its points would mix with this host's, and when that
    /// host ended OpenTelemetry would drop the metric streams they shared after the next collection.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OnlyFrom(IServiceProvider host)
    {
        var meters = host.GetRequiredService<IMeterFactory>();
        return instrument => ReferenceEquals(instrument.Meter.Scope, meters) ? null : MetricStreamConfiguration.Drop;
    }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
