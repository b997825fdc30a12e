namespace KhmerRougeHistory.Api.Search;

/// <summary>The search text holds more words than <see cref="SubjectSearchOptions.MaxTerms"/> allows.</summary>
public sealed class TooManySearchTermsException(int count, int limit)
    : Exception($"The search text has {count} words; at most {limit} are allowed. Search with fewer, more distinctive words.")
{
    /// <summary>The error code a client sees in <c>extensions.code</c>.</summary>
    public const string Code = "TOO_MANY_SEARCH_TERMS";

    public int Count { get; } = count;

    public int Limit { get; } = limit;
}
