using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>
/// A request that names an automatic persisted query (<c>extensions.persistedQuery</c>) while they are turned off
/// (PersistedOperations:AutomaticPersistedQueries). Apollo clients read this code and fall back to sending the full query.
/// </summary>
internal sealed class PersistedQueryNotSupportedError() : GraphQLHttpError(
    "Automatic persisted queries are turned off on this server: send the full query text in 'query'.",
    "PERSISTED_QUERY_NOT_SUPPORTED")
{
    public override int StatusCode => StatusCodes.Status400BadRequest;
}
