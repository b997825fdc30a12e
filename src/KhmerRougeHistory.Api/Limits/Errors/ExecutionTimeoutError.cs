using GraphQL;
using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Limits.Errors;

/// <summary>
/// A request still running after <see cref="RequestLimitsOptions.ExecutionTimeout"/>: cancelled, and answered 504
/// (the server timed out waiting for its database, as a gateway does for its upstream) so that it is told apart
/// from 503 (overloaded, retry later) and 429 (rate limited). The partial result is dropped.
/// </summary>
internal sealed class ExecutionTimeoutError : ExecutionError, IHttpStatusError
{
    public const string ErrorCode = "EXECUTION_TIMEOUT";

    public ExecutionTimeoutError(TimeSpan timeout)
        : base($"The request did not complete within {timeout.TotalSeconds:0.###} s and was cancelled: ask for less data (smaller pages, fewer nested lists).")
    {
        Code = ErrorCode;
    }

    public int StatusCode => StatusCodes.Status504GatewayTimeout;
}
