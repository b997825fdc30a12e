namespace KhmerRougeHistory.Api.Limits.Errors;

/// <summary>A query with more lexical tokens than <see cref="RequestLimitsOptions.MaxTokens"/>.</summary>
internal sealed class MaxTokensExceededError(int limit) : RequestLimitError(
    ErrorCode,
    $"The query has more than {limit} tokens (names, punctuation and values), the most this server parses: send a smaller query, or split it.")
{
    public const string ErrorCode = "MAX_TOKENS_EXCEEDED";
}
