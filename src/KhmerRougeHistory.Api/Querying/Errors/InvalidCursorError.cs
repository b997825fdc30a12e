namespace KhmerRougeHistory.Api.Querying.Errors;

/// <summary>A cursor that does not decode or was issued for another sort order.</summary>
public sealed class InvalidCursorError(string message) : QueryError(Code, message)
{
    public new const string Code = "INVALID_CURSOR";
}
