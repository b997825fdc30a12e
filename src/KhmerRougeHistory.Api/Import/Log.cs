namespace KhmerRougeHistory.Api.Import;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Message = "{Condition} Building it from the curated data.")]
    public static partial void BuildingDatabase(ILogger logger, LogLevel level, string condition);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Built the history database ({Location}): {ClaimCount} claims about {SubjectCount} subjects.")]
    public static partial void BuiltDatabase(ILogger logger, string location, int claimCount, int subjectCount);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Serving the history database ({Location}, data {DataHash}), read-only.")]
    public static partial void OpenedDatabase(ILogger logger, string location, string dataHash);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Another process built the history database ({Location}) while this one waited; opening it.")]
    public static partial void BuiltByAnotherProcess(ILogger logger, string location);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Kept the damaged history database {Path} as {Kept}; building a new one in its place.")]
    public static partial void SetAsideDamagedFile(ILogger logger, string path, string kept);
}
