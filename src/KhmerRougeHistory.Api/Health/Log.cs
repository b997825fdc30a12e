namespace KhmerRougeHistory.Api.Health;

internal static partial class Log
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Readiness: the history database does not answer. {Condition}")]
    public static partial void DatabaseUnhealthy(ILogger logger, string condition, Exception exception);
}
