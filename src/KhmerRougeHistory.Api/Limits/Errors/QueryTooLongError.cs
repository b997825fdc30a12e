namespace KhmerRougeHistory.Api.Limits.Errors;

/// <summary>A query text longer than <see cref="RequestLimitsOptions.MaxQueryLength"/>.</summary>
internal sealed class QueryTooLongError(int length, int limit) : RequestLimitError(
    ErrorCode,
    $"The query has {length} characters; this server accepts at most {limit}: send a shorter query.")
{
    public const string ErrorCode = "QUERY_TOO_LONG";
}
