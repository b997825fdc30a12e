using GraphQL;

namespace KhmerRougeHistory.Api.Querying.Errors;

/// <summary>A client mistake in arguments (ID, cursor, paging, filter): a GraphQL error with a stable code.</summary>
public class QueryError : ExecutionError
{
    public QueryError(string code, string message)
        : base(message) => Code = code;
}
