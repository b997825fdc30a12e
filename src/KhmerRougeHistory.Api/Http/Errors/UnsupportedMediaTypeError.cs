using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>A POST body in another media type (or charset) than <c>application/json</c> in UTF-8.</summary>
internal sealed class UnsupportedMediaTypeError(string? contentType) : GraphQLHttpError(
    contentType is null
        ? "The POST request has no Content-Type header: send the body as JSON with 'Content-Type: application/json'."
        : $"The content type '{contentType}' is not supported: send the body as JSON with 'Content-Type: application/json' (UTF-8).",
    "UNSUPPORTED_MEDIA_TYPE")
{
    public override int StatusCode => StatusCodes.Status415UnsupportedMediaType;
}
