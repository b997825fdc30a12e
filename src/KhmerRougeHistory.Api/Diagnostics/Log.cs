namespace KhmerRougeHistory.Api.Diagnostics;

internal static partial class Log
{
    [LoggerMessage(EventId = 3040, Level = LogLevel.Information,
        Message = "GraphQL {Method} {OperationName} answered {StatusCode} in {DurationMs} ms (cost {Cost}, client {ClientIp}, query hash {QueryHash})")]
    public static partial void GraphQLRequest(
        ILogger logger, string method, string operationName, int statusCode, double durationMs, int? cost, string clientIp, string? queryHash);

    [LoggerMessage(EventId = 3050, Level = LogLevel.Critical, Message = "The API cannot start: {Reason}")]
    public static partial void CannotStart(ILogger logger, string reason);

    [LoggerMessage(EventId = 3051, Level = LogLevel.Debug, Message = "Where the start failed.")]
    public static partial void StartFailureDetails(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3052, Level = LogLevel.Critical, Message = "The API did not stop cleanly: {Reason}")]
    public static partial void CannotStopCleanly(ILogger logger, string reason, Exception exception);
}
