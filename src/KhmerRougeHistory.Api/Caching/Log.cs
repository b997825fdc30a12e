namespace KhmerRougeHistory.Api.Caching;

internal static partial class Log
{
    [LoggerMessage(EventId = 3020, Level = LogLevel.Debug, Message = "Answered 304 Not Modified for ETag {ETag} without running the query.")]
    public static partial void NotModified(ILogger logger, string eTag);
}
