namespace KhmerRougeHistory.Api.Querying.Errors;

/// <summary>first or last above the maximum page size: refused, never cut silently.</summary>
public sealed class MaxPageSizeError(string message) : QueryError(Code, message)
{
    public new const string Code = "MAX_PAGE_SIZE_EXCEEDED";
}
