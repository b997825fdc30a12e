using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>The Accept header accepts neither media type a GraphQL response comes in.</summary>
internal sealed class NotAcceptableError(string accept) : GraphQLHttpError(
    $"Responses come as {ResponseMediaTypes.GraphQLResponseJson} or {ResponseMediaTypes.Json}, and the Accept header '{accept}' accepts neither: accept one of them (or */*).",
    "NOT_ACCEPTABLE")
{
    public override int StatusCode => StatusCodes.Status406NotAcceptable;
}
