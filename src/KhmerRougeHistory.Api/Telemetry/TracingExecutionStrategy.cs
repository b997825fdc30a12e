using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// Runs the operation inside a <c>graphql.execute</c> span, the parent of the SQL spans its resolvers cause; field
/// errors fail the span. Everything else is the wrapped strategy's.
/// </summary>
internal sealed class TracingExecutionStrategy(IExecutionStrategy inner) : IExecutionStrategy
{
    public async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var activity = HistoryTelemetry.ActivitySource.StartActivity(TelemetryNames.ExecuteSpan);
        ExecutionResult result;
        try
        {
            result = await inner.ExecuteAsync(context);
        }
        catch (Exception exception) when (activity is not null)
        {
            // The execution time-out and a client's disconnect cancel the execution.
            activity.MarkFailed(exception.GetType().FullName ?? SpanErrors.OtherError, exception.Message);
            throw;
        }

        if (activity is not null && context.Errors is [var first, ..] errors)
        {
            activity.MarkFailed(first.Code ?? SpanErrors.OtherError, errors.Count == 1 ? first.Message : $"{errors.Count} errors");
        }

        return result;
    }

    public Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode) => inner.ExecuteNodeTreeAsync(context, rootNode);

    public Dictionary<string, (GraphQLField field, FieldType fieldType)>? GetSubFields(ExecutionContext executionContext, ExecutionNode executionNode) =>
        inner.GetSubFields(executionContext, executionNode);
}
