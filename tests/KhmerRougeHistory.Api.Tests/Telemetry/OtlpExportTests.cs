using System.Collections.Concurrent;
using System.Net;
using System.Text;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace KhmerRougeHistory.Api.Tests.Telemetry;

/// <summary>
/// The OTLP exporter is off unless <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; set, spans and metrics reach the
/// endpoint (here a small OTLP/HTTP receiver on loopback that keeps what it is sent).
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class OtlpExportTests(CuratedDatabase database)
{
    [Fact]
    public async Task WithoutAnEndpoint_NoTracerOrMeterProviderIsBuilt()
    {
        using var factory = new HistoryApiFactory(database.FilePath).With("OTEL_EXPORTER_OTLP_ENDPOINT", "");
        using var client = factory.CreateClient();

        var (response, _) = await GraphQLClient.PostAsync(client, "{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task WithAnEndpoint_SpansAndMetricsAreSentOverOtlp()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        using var factory = new HistoryApiFactory(database.FilePath)
            .With("OTEL_EXPORTER_OTLP_ENDPOINT", collector.Endpoint)
            .With("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        using var client = factory.CreateClient();

        var (response, _) = await GraphQLClient.PostAsync(client, "query OtlpProbe { sites(first: 1) { nodes { label } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000), "traces were flushed");
        Assert.True(factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000), "metrics were flushed");
        var traces = collector.Received("/v1/traces");
        Assert.Contains("query OtlpProbe", traces, StringComparison.Ordinal);
        Assert.Contains("graphql.execute", traces, StringComparison.Ordinal);
        Assert.Contains("SELECT history.db", traces, StringComparison.Ordinal);
        Assert.Contains("khmer-rouge-history-api", traces, StringComparison.Ordinal);
        var metrics = collector.Received("/v1/metrics");
        Assert.Contains("history.graphql.requests", metrics, StringComparison.Ordinal);
        Assert.Contains("OtlpProbe", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtelServiceName_OverridesTheDefaultServiceName()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        using var factory = new HistoryApiFactory(database.FilePath)
            .With("OTEL_EXPORTER_OTLP_ENDPOINT", collector.Endpoint)
            .With("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            .With("OTEL_SERVICE_NAME", "history-api-renamed");
        using var client = factory.CreateClient();

        await GraphQLClient.PostAsync(client, "query OtlpRenamed { __typename }");

        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000), "traces were flushed");
        var traces = collector.Received("/v1/traces");
        Assert.Contains("history-api-renamed", traces, StringComparison.Ordinal);
        Assert.DoesNotContain("khmer-rouge-history-api", traces, StringComparison.Ordinal);
    }

    /// <summary>Accepts OTLP/HTTP exports on 127.0.0.1 and keeps each body (protobuf, where strings stay readable).</summary>
    private sealed class OtlpReceiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<(string Path, byte[] Body)> _requests;

        private OtlpReceiver(WebApplication app, ConcurrentQueue<(string, byte[])> requests)
        {
            _app = app;
            _requests = requests;
        }

        public string Endpoint => Assert.Single(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses);

        public static async Task<OtlpReceiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var requests = new ConcurrentQueue<(string, byte[])>();
            app.MapPost("/v1/{signal}", async (HttpContext http) =>
            {
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body);
                requests.Enqueue((http.Request.Path.Value!, body.ToArray()));
                http.Response.ContentType = "application/x-protobuf";
            });
            await app.StartAsync();
            return new OtlpReceiver(app, requests);
        }

        /// <summary>Everything sent to <paramref name="path"/>, decoded leniently so that names can be searched.</summary>
        public string Received(string path) =>
            string.Concat(_requests.Where(r => r.Path == path).Select(r => Encoding.UTF8.GetString(r.Body)));

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
