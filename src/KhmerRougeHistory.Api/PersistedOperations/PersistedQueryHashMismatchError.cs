using GraphQL;
using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.PersistedOperations;

/// <summary>The query sent with <c>extensions.persistedQuery</c> does not have the SHA-256 the request claims.</summary>
internal sealed class PersistedQueryHashMismatchError : ExecutionError, IHttpStatusError
{
    public PersistedQueryHashMismatchError(string hash)
        : base($"The SHA-256 of the query is not '{hash}': hash the exact query text (UTF-8) and send its lower-case hex digest in 'extensions.persistedQuery.sha256Hash'.")
    {
        Code = "PERSISTED_QUERY_HASH_MISMATCH";
    }

    public int StatusCode => StatusCodes.Status400BadRequest;
}
