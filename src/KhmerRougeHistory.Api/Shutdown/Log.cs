namespace KhmerRougeHistory.Api.Shutdown;

internal static partial class Log
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
        Message = "Stopping: not ready from now on; accepting for {GracePeriodSeconds} s more, then up to {DrainTimeoutSeconds} s for requests in flight.")]
    public static partial void Stopping(ILogger logger, double gracePeriodSeconds, double drainTimeoutSeconds);
}
