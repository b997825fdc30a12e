using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>A POST body over <see cref="GraphQLHttpOptions.MaxRequestBodySize"/>.</summary>
internal sealed class RequestBodyTooLargeError(int limit) : GraphQLHttpError(
    $"The request body is larger than {limit} bytes, the most this server accepts: send a shorter query.",
    "REQUEST_BODY_TOO_LARGE")
{
    public override int StatusCode => StatusCodes.Status413RequestEntityTooLarge;
}
