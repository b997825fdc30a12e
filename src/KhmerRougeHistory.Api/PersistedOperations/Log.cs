namespace KhmerRougeHistory.Api.PersistedOperations;

internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Serving {Count} trusted documents from {Directory}.")]
    public static partial void TrustedDocumentsLoaded(ILogger logger, int count, string directory);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Registered the automatic persisted query {QueryHash} ({Length} characters).")]
    public static partial void PersistedQueryRegistered(ILogger logger, string queryHash, int length);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "No automatic persisted query is registered under {QueryHash}; the client was asked to send it.")]
    public static partial void PersistedQueryNotFound(ILogger logger, string queryHash);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "No trusted document has the id {DocumentId}.")]
    public static partial void TrustedDocumentNotFound(ILogger logger, string documentId);
}
