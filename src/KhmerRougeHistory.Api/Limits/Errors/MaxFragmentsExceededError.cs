namespace KhmerRougeHistory.Api.Limits.Errors;

/// <summary>A document with more fragment definitions than <see cref="RequestLimitsOptions.MaxFragments"/>.</summary>
internal sealed class MaxFragmentsExceededError(int count, int limit) : RequestLimitError(
    ErrorCode,
    $"The document defines {count} fragments; this server allows at most {limit}: inline some of them or split the request.")
{
    public const string ErrorCode = "MAX_FRAGMENTS_EXCEEDED";
}
