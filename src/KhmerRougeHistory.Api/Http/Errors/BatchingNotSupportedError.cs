using KhmerRougeHistory.Api.Errors;


namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>A POST body that is a JSON array of requests: batching is not supported, one request per HTTP request.</summary>
internal sealed class BatchingNotSupportedError() : GraphQLHttpError(
    "Batched requests (a JSON array) are not supported: send one request object per HTTP request.",
    "BATCHING_NOT_SUPPORTED")
{
    public override int StatusCode => StatusCodes.Status400BadRequest;
}
