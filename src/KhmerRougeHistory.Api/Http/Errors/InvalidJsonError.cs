using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>The body, or a JSON query-string parameter, is not well-formed JSON.</summary>
internal sealed class InvalidJsonError(string message) : GraphQLHttpError(message, "INVALID_JSON")
{
    public override int StatusCode => StatusCodes.Status400BadRequest;
}
