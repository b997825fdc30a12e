using GraphQL.Execution;
using KhmerRougeHistory.Api.Diagnostics;

namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>
/// An exception that escaped a resolver (or the executor) unexpectedly, as the client sees it: code
/// <c>INTERNAL_SERVER_ERROR</c> and the trace id it was logged under in <c>extensions.traceId</c>; never its type,
/// message or stack. Being an <see cref="UnhandledError"/>, a failure before execution still answers 500.
/// </summary>
internal sealed class UnexpectedError : UnhandledError
{
    public UnexpectedError(string what, string traceId, Exception exception)
        : base($"The server failed to {what}. The failure has been logged under trace id {traceId}; report it with that id if it persists.", exception)
    {
        Code = InternalServerError.ErrorCode;
        Extensions = new Dictionary<string, object?> { [RequestTraceId.ExtensionKey] = traceId };
    }
}
