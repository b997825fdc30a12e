namespace KhmerRougeHistory.Api.Querying.Errors;

/// <summary>first/last that are negative, zero or combined.</summary>
public sealed class PagingArgumentError(string message) : QueryError(Code, message)
{
    public new const string Code = "INVALID_PAGING_ARGUMENTS";
}
