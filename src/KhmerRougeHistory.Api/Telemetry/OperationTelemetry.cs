using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using KhmerRougeHistory.Api.Limits;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// Wraps every other execution step (persisted operations, limits, the document cache, parsing, validation,
/// execution) in the GraphQL operation span, named as the semantic conventions say (<c>query S21PrisonerCounts</c>),
/// and records the request's metrics once its result is known.
/// </summary>
internal sealed class OperationTelemetry(GraphQLMetrics metrics, OperationNameTag operationNames, IOptions<TelemetryOptions> options) : IConfigureExecution
{
    private readonly bool _recordDocument = options.Value.RecordDocument;

    /// <summary>Outermost: before the request log (-1,000) and the execution time-out (10).</summary>
    public float SortOrder => -2_000;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        var state = ExecutionTelemetryState.Attach(options.UserContext);
        using var activity = HistoryTelemetry.ActivitySource.StartActivity(TelemetryNames.OperationSpan);
        string? errorType = null;
        try
        {
            var result = await next(options);
            errorType = result.Errors is [var first, ..] ? first.Code ?? SpanErrors.OtherError : null;
            if (activity is not null)
            {
                Describe(activity, options, state);
                if (errorType is not null)
                {
                    activity.MarkFailed(errorType, result.Errors!.Count == 1 ? result.Errors[0].Message : $"{result.Errors!.Count} errors");
                }
            }

            return result;
        }
        catch (Exception exception)
        {
            // Cancellation by the client and unexpected failures leave the pipeline as exceptions.
            errorType = exception.GetType().FullName ?? SpanErrors.OtherError;
            activity?.MarkFailed(errorType, exception.Message);
            throw;
        }
        finally
        {
            var cost = Cost(options);
            activity?.SetTag(TelemetryNames.Cost, cost);
            var name = state.Operation is { } operation ? operationNames.For(operation.Name?.StringValue) : OperationNameTag.Unknown;
            metrics.Record(name, TypeOf(state.Operation), errorType, Stopwatch.GetElapsedTime(started), cost);
        }
    }

    private void Describe(Activity activity, ExecutionOptions options, ExecutionTelemetryState state)
    {
        activity.SetTag(TelemetryNames.DocumentCached, state.DocumentCached);
        if (_recordDocument && options.Query is { } query)
        {
            activity.SetTag(TelemetryNames.Document, query);
        }

        if (state.Operation is not { } operation)
        {
            return;
        }

        var type = TypeOf(operation);
        var name = operation.Name?.StringValue;
        activity.DisplayName = name is null ? type! : $"{type} {name}";
        activity.SetTag(TelemetryNames.OperationType, type);
        activity.SetTag(TelemetryNames.OperationName, name);
    }

    private static string? TypeOf(GraphQLOperationDefinition? operation) => operation?.Operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => null,
    };

    /// <summary>Cost analysis publishes the cost on the HTTP context once the document is valid.</summary>
    private static int? Cost(ExecutionOptions options) =>
        options.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext?.Features.Get<RequestCostFeature>()?.TotalCost;
}
