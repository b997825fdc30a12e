using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>
/// Well-formed JSON that is not a GraphQL-over-HTTP request: no <c>query</c>, or a parameter of the wrong type.
/// </summary>
internal sealed class InvalidRequestError(string message) : GraphQLHttpError(message, "INVALID_REQUEST")
{
    public override int StatusCode => StatusCodes.Status400BadRequest;
}
