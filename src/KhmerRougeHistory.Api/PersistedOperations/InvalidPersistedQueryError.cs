using GraphQL;
using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.PersistedOperations;

/// <summary>
/// A persisted query request that cannot be honoured as written: an unknown protocol version, no hash, or both a
/// document id and a query.
/// </summary>
internal sealed class InvalidPersistedQueryError : ExecutionError, IHttpStatusError
{
    public InvalidPersistedQueryError(string message)
        : base(message)
    {
        Code = "INVALID_PERSISTED_QUERY";
    }

    public int StatusCode => StatusCodes.Status400BadRequest;
}
