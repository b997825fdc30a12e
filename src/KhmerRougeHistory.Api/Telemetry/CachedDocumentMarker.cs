using GraphQL;
using GraphQL.DI;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// Notes a document cache hit for the operation span. It runs just inside the document cache (200), which hands a
/// cached document on in <see cref="ExecutionOptions.Document"/>; nothing else in this API sets a document before
/// parsing, so a document here means the request skips parsing and all but the cached-document validation rules.
/// </summary>
internal sealed class CachedDocumentMarker : IConfigureExecution
{
    public float SortOrder => 250;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null && ExecutionTelemetryState.Find(options.UserContext) is { } state)
        {
            state.DocumentCached = true;
        }

        return next(options);
    }
}
