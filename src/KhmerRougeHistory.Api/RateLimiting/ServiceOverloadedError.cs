using System.Globalization;
using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>Every execution place is taken and the queue is full: 503 with <c>Retry-After</c>.</summary>
internal sealed class ServiceOverloadedError(int retryAfterSeconds) : GraphQLHttpError(
    $"The server is answering as many requests as it can right now and has no room to queue this one. Retry after {retryAfterSeconds} s.",
    ErrorCode)
{
    public const string ErrorCode = "SERVICE_OVERLOADED";

    public override int StatusCode => StatusCodes.Status503ServiceUnavailable;

    public override void AddHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
