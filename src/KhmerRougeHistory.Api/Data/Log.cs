namespace KhmerRougeHistory.Api.Data;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Building the history database ({Location}) because {Reason}.")]
    public static partial void BuildingDatabase(ILogger logger, string location, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Built the history database: {ClaimCount} claims about {SubjectCount} subjects.")]
    public static partial void BuiltDatabase(ILogger logger, int claimCount, int subjectCount);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Serving the history database ({Location}, data {DataHash}), read-only.")]
    public static partial void OpenedDatabase(ILogger logger, string location, string dataHash);
}
