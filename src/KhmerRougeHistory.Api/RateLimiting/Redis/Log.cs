namespace KhmerRougeHistory.Api.RateLimiting.Redis;

internal static partial class Log
{
    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Client budgets are kept in the rate-limit store {Store} (Redis), shared by every replica.")]
    public static partial void StoreConnected(ILogger logger, string store);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "The rate-limit store {Store} (Redis) is unreachable ({Reason}): each replica limits clients with its own per-process budget until it answers again; trying it again every {RetryInterval}.")]
    public static partial void StoreUnreachable(ILogger logger, string store, string reason, TimeSpan retryInterval, Exception? exception);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Information, Message = "The rate-limit store {Store} (Redis) answers again after {Outage}: client budgets are shared again.")]
    public static partial void StoreBack(ILogger logger, string store, TimeSpan outage);
}
