using GraphQL.Validation;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// Validates inside a <c>graphql.validate</c> span (for a cached document too: variables are coerced and the cost
/// computed for every request), and tells the operation span which operation the request runs.
/// </summary>
internal sealed class TracingDocumentValidator(IDocumentValidator inner) : IDocumentValidator
{
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (ExecutionTelemetryState.Find(options.UserContext) is { } state)
        {
            state.Operation = options.Operation;
        }

        return HistoryTelemetry.ActivitySource.HasListeners() ? ValidateTracedAsync(options) : inner.ValidateAsync(options);
    }

    // An async method of its own, so that the span is Activity.Current only inside it: a span started in the caller's
    // synchronous frame would stay current there after it ended.
    private async Task<IValidationResult> ValidateTracedAsync(ValidationOptions options)
    {
        using var activity = HistoryTelemetry.ActivitySource.StartActivity(TelemetryNames.ValidateSpan);
        var result = await inner.ValidateAsync(options);
        if (activity is not null && !result.IsValid)
        {
            var first = result.Errors[0];
            activity.MarkFailed(first.Code ?? SpanErrors.OtherError, result.Errors.Count == 1 ? first.Message : $"{result.Errors.Count} errors");
        }

        return result;
    }
}
