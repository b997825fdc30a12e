namespace KhmerRougeHistory.Api.Diagnostics;

/// <summary>What GraphQL execution learnt about the current request, for its log entry (one per request scope).</summary>
internal sealed class GraphQLRequestLogEntry
{
    /// <summary>The operation that ran, or the one the request named.</summary>
    public string? OperationName { get; set; }

    /// <summary>The lower-case hex SHA-256 of the query text, when <see cref="RequestLoggingOptions.LogQueryHash"/> is on.</summary>
    public string? QueryHash { get; set; }
}
