using System.Globalization;

namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>
/// The <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c> and <c>RateLimit-Reset</c> fields of
/// draft-ietf-httpapi-ratelimit-headers-06 (the last draft with three separate fields; from -07 on they merge
/// into one <c>RateLimit</c> field), in cost units: the bucket's size, the tokens left in it, and the seconds
/// until it is full again.
/// </summary>
internal static class RateLimitHeaders
{
    public const string Limit = "RateLimit-Limit";

    public const string Remaining = "RateLimit-Remaining";

    public const string Reset = "RateLimit-Reset";

    /// <summary>Writes the fields from the request's last take from its client's bucket.</summary>
    public static void Write(IHeaderDictionary headers, RateLimitingOptions options, BudgetTake take)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(options);
        headers[Limit] = options.TokenLimit.ToString(CultureInfo.InvariantCulture);
        headers[Remaining] = take.Remaining.ToString(CultureInfo.InvariantCulture);
        headers[Reset] = Seconds(take.UntilFull).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Whole seconds, rounded up: a client that waits this long is never early.</summary>
    public static long Seconds(TimeSpan time) => (long)Math.Ceiling(time.TotalSeconds);
}
