using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>An HTTP method other than GET and POST.</summary>
internal sealed class MethodNotAllowedError(string method) : GraphQLHttpError(
    $"The HTTP method {method} is not supported here: send GraphQL requests with POST, or queries with GET.",
    ErrorCode)
{
    public const string ErrorCode = "METHOD_NOT_ALLOWED";

    public const string Allowed = "GET, POST";

    public override int StatusCode => StatusCodes.Status405MethodNotAllowed;

    public override void AddHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.Allow = Allowed;
    }
}
