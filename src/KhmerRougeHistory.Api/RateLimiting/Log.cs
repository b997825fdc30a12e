namespace KhmerRougeHistory.Api.RateLimiting;

internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Rate limited client {Client}: the request costs {Cost} and its bucket holds {Remaining}; retry in {RetryAfter}.")]
    public static partial void RateLimited(ILogger logger, string client, int cost, long remaining, TimeSpan retryAfter);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Refused a GraphQL request: all {ConcurrencyLimit} execution places are taken and {QueueLimit} requests are waiting.")]
    public static partial void Overloaded(ILogger logger, int concurrencyLimit, int queueLimit);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Reading client addresses from X-Forwarded-For sent by trusted proxies {Proxies} and networks {Networks}.")]
    public static partial void TrustingProxies(ILogger logger, string proxies, string networks);
}
