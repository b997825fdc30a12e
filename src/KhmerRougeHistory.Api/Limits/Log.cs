namespace KhmerRougeHistory.Api.Limits;

internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Debug, Message = "Operation {OperationName} costs {FieldCost} (field cost) and {TypeCost} (type cost).")]
    public static partial void CostComputed(ILogger logger, string? operationName, int fieldCost, int typeCost);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "A GraphQL request ran longer than {Timeout} and was cancelled; the client was told EXECUTION_TIMEOUT.")]
    public static partial void ExecutionTimedOut(ILogger logger, TimeSpan timeout);
}
