namespace KhmerRougeHistory.Api.Querying.Errors;

/// <summary>A where or order argument that cannot be applied.</summary>
public sealed class InvalidFilterError(string message) : QueryError(Code, message)
{
    public new const string Code = "INVALID_FILTER";
}
