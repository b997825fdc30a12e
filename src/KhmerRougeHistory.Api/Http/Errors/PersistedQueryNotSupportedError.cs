namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>
/// A request that names a persisted query (<c>extensions.persistedQuery</c>) instead of sending its text.
/// Apollo clients read this code and fall back to sending the full query.
/// </summary>
internal sealed class PersistedQueryNotSupportedError() : GraphQLHttpError(
    "This server does not support persisted queries: send the full query text in 'query'.",
    "PERSISTED_QUERY_NOT_SUPPORTED")
{
    public override int StatusCode => StatusCodes.Status400BadRequest;
}
