using System.Globalization;
using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>The client's token bucket holds less than the request costs: 429 with <c>Retry-After</c>.</summary>
internal sealed class RateLimitedError(int cost, long remaining, TimeSpan retryAfter, RateLimitingOptions options) : GraphQLHttpError(
    $"Rate limit exceeded: this request costs {cost} and your address has {remaining} of its {options.TokenLimit} "
    + $"points left, which come back at {options.TokensPerPeriod} every {options.ReplenishmentPeriod.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s. "
    + $"Retry after {RetryAfterSeconds(retryAfter)} s.",
    ErrorCode)
{
    public const string ErrorCode = "RATE_LIMITED";

    public override int StatusCode => StatusCodes.Status429TooManyRequests;

    public override void AddHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.RetryAfter = RetryAfterSeconds(retryAfter).ToString(CultureInfo.InvariantCulture);
    }

    private static long RetryAfterSeconds(TimeSpan retryAfter) => Math.Max(1, RateLimitHeaders.Seconds(retryAfter));
}
