using KhmerRougeHistory.Api.Diagnostics;
using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>
/// The endpoint itself failed; the details are logged, never sent. <c>extensions.traceId</c> is the id the failure
/// was logged under.
/// </summary>
internal sealed class InternalServerError : GraphQLHttpError
{
    public const string ErrorCode = "INTERNAL_SERVER_ERROR";

    public InternalServerError(string traceId)
        : base($"The server failed to answer this request. The failure has been logged under trace id {traceId}; try again later, and report it with that id if it persists.", ErrorCode)
    {
        Extensions = new Dictionary<string, object?> { [RequestTraceId.ExtensionKey] = traceId };
    }

    public override int StatusCode => StatusCodes.Status500InternalServerError;
}
