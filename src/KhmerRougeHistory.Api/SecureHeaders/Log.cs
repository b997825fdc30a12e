namespace KhmerRougeHistory.Api.SecureHeaders;

internal static partial class Log
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Error, Message = "Unhandled exception answering {Method} {Path}; answered 500.")]
    public static partial void UnhandledException(ILogger logger, string method, string path, Exception exception);
}
