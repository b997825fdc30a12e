using GraphQL.Execution;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// Hands out the selected execution strategy wrapped in <see cref="TracingExecutionStrategy"/> while someone listens
/// to the API's spans, and unwrapped otherwise.
/// </summary>
internal sealed class TracingExecutionStrategySelector(IExecutionStrategySelector inner) : IExecutionStrategySelector
{
    public IExecutionStrategy Select(GraphQL.Execution.ExecutionContext context)
    {
        var strategy = inner.Select(context);
        return HistoryTelemetry.ActivitySource.HasListeners() ? new TracingExecutionStrategy(strategy) : strategy;
    }
}
