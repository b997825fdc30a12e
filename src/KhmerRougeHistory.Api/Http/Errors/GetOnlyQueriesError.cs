using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>A mutation or subscription sent with GET: the GraphQL-over-HTTP spec requires 405.</summary>
internal sealed class GetOnlyQueriesError : ValidationError, IHttpStatusError
{
    public GetOnlyQueriesError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null, $"GET requests may only run queries, and this is a {operation.Operation.ToString().ToLowerInvariant()}: send it with POST.", operation)
    {
        Code = MethodNotAllowedError.ErrorCode;
    }

    public int StatusCode => StatusCodes.Status405MethodNotAllowed;

    public void AddHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.Allow = HttpMethods.Post;
    }
}
