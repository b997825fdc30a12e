namespace KhmerRougeHistory.Api.Querying.Errors;

/// <summary>An ID that does not decode, or names another type than the field expects.</summary>
public sealed class InvalidIdError(string message) : QueryError(Code, message)
{
    public new const string Code = "INVALID_ID";
}
