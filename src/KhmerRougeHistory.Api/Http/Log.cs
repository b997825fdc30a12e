namespace KhmerRougeHistory.Api.Http;

internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Refused a GraphQL request with {StatusCode} {Code}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, int statusCode, string? code, string reason);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "An exception escaped GraphQL execution at {Path} (trace id {TraceId}).")]
    public static partial void ExecutionFailed(ILogger logger, string path, string traceId, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "The GraphQL endpoint failed to answer a {Method} request (trace id {TraceId}); the client was told INTERNAL_SERVER_ERROR.")]
    public static partial void RequestFailed(ILogger logger, string method, string traceId, Exception exception);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "The client went away before its GraphQL request was answered.")]
    public static partial void RequestAborted(ILogger logger);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Document cache hit for query {QueryHash}: parsing and validation skipped.")]
    public static partial void DocumentCacheHit(ILogger logger, string queryHash);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug, Message = "Cached the validated document of query {QueryHash} ({Length} characters).")]
    public static partial void DocumentCached(ILogger logger, string queryHash, int length);
}
