namespace KhmerRougeHistory.Api.Health;

internal static partial class Log
{
    // A warning without the stack trace: probes repeat every few seconds, and the condition says what is wrong.
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Readiness: the history database does not answer ({Error}). {Condition}")]
    public static partial void DatabaseUnhealthy(ILogger logger, string error, string condition);
}
