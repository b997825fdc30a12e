namespace KhmerRougeHistory.Api.Export;

internal static partial class Log
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Sent export file {File} ({Coding}) to {Client}: {Bytes} bytes in {Elapsed}.")]
    public static partial void Sent(ILogger logger, string file, string coding, long bytes, TimeSpan elapsed, string client);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Debug, Message = "Export download of {Client} waits {Wait} for its rate-limit bucket ({Tokens} tokens owed).")]
    public static partial void Throttled(ILogger logger, string client, long tokens, TimeSpan wait);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Error, Message = "Export file {File} failed after its response started; the connection is aborted so the client sees an incomplete download.")]
    public static partial void Failed(ILogger logger, string file, Exception exception);
}
