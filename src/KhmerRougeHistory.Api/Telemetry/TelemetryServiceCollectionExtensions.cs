using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Graph;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KhmerRougeHistory.Api.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The <c>service.name</c> of the API's telemetry unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string ServiceName = "khmer-rouge-history-api";

    /// <summary>The standard OpenTelemetry setting whose presence turns the OTLP exporter on.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Instruments the API with OpenTelemetry (<see cref="TelemetryOptions"/>, section <c>Telemetry</c>): a span per
    /// GraphQL operation with children for parsing, validation and execution, a span per SQL command, and metrics for
    /// requests, duration and cost by operation name, all under <see cref="HistoryTelemetry.Name"/>; ASP.NET Core's
    /// server spans and HTTP metrics join them. Nothing is collected unless an exporter is configured:
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (environment or configuration; the other <c>OTEL_*</c> settings apply as
    /// usual) starts the OpenTelemetry SDK with the OTLP exporter, and a host (such as a test) may add its own
    /// exporter with <c>services.AddOpenTelemetry().WithTracing(...)</c>. Call it after <c>AddHistoryGraphQL</c>,
    /// whose parser, validator and execution strategy it wraps.
    /// </summary>
    public static IServiceCollection AddHistoryTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<GraphQLMetrics>();
        services.TryAddSingleton<OperationNameTag>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, OperationTelemetry>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, CachedDocumentMarker>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, SqlCommandTracing>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISqlCommandObserver, SqlCommandSpanObserver>());

        const string missing = "AddHistoryTelemetry wraps graphql-dotnet's parser, validator and execution strategy: call builder.Services.AddHistoryGraphQL() first.";
        services.Decorate<IDocumentBuilder>(inner => new TracingDocumentBuilder(inner), missing);
        services.Decorate<IDocumentValidator>(inner => new TracingDocumentValidator(inner), missing);
        services.Decorate<IExecutionStrategySelector>(inner => new TracingExecutionStrategySelector(inner), missing);

        // What to collect, should any tracer or meter provider be built; configuring alone builds none.
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddSource(HistoryTelemetry.Name)
            .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !http.Request.Path.StartsWithSegments("/health")));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics
            .AddMeter(HistoryTelemetry.Name)
            .AddAspNetCoreInstrumentation());

        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]))
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource
                    .AddService(ServiceName, serviceVersion: typeof(HistoryTelemetry).Assembly.GetName().Version?.ToString())
                    .AddEnvironmentVariableDetector())
                .WithTracing()
                .WithMetrics()
                .UseOtlpExporter();
        }

        return services;
    }
}
