using GraphQL;

namespace KhmerRougeHistory.Api.PersistedOperations;

/// <summary>
/// A request that names a document by id or by hash, and no such document is known here. As with Apollo Server,
/// the status is the GraphQL-over-HTTP one for a request that did not run: 200 with <c>application/json</c> (Apollo
/// clients read the code and send the query with its hash), 400 with <c>application/graphql-response+json</c>.
/// The response is never stored by HTTP caches, since the next request may register the query.
/// </summary>
internal sealed class PersistedQueryNotFoundError : ExecutionError
{
    public const string ErrorCode = "PERSISTED_QUERY_NOT_FOUND";

    private PersistedQueryNotFoundError(string message)
        : base(message)
    {
        Code = ErrorCode;
    }

    public static PersistedQueryNotFoundError ForHash(string hash) => new(
        $"No query is registered under the hash '{hash}': send the query in 'query' with the same 'extensions.persistedQuery' to register it.");

    public static PersistedQueryNotFoundError ForDocumentId(string id) => new(
        $"There is no trusted document with the id '{id}': use the name of an operation in schema/operations (such as 'S21PrisonerCounts') or 'sha256:' and the SHA-256 of its text, or send the query in 'query'.");
}
