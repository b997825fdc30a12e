using System.Globalization;
using GraphQL;
using GraphQL.DI;
using KhmerRougeHistory.Api.Http.Errors;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.PersistedOperations;

/// <summary>
/// Turns a persisted operation request into a query before anything else runs: a <c>documentId</c> (<c>id</c>)
/// names a trusted document; <c>extensions.persistedQuery</c> (Apollo's automatic persisted queries, version 1)
/// with only a hash runs the query registered under it (or a trusted document with that hash), and with a query
/// checks the hash and, once the query has passed validation and the limits, registers it. Requests with neither
/// pass through untouched.
/// </summary>
internal sealed class PersistedOperationExecution(
    TrustedDocuments trustedDocuments,
    AutomaticPersistedQueryStore store,
    IOptions<PersistedOperationsOptions> options,
    ILogger<PersistedOperationExecution> logger) : IConfigureExecution
{
    public const string ExtensionName = "persistedQuery";

    private const string SupportedVersion = "1";

    private readonly bool _automaticPersistedQueries = options.Value.AutomaticPersistedQueries;

    /// <summary>Before the document cache (200) and anything that reads the query text.</summary>
    public float SortOrder => 50;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is null && options.DocumentId is { } id)
        {
            if (trustedDocuments.Find(id) is not { } document)
            {
                Log.TrustedDocumentNotFound(logger, id);
                return new ExecutionResult(PersistedQueryNotFoundError.ForDocumentId(id));
            }

            options.Query = document.Text;
            options.DocumentId = null;
        }
        else if (options.Extensions?.TryGetValue(ExtensionName, out var persistedQuery) == true)
        {
            var (error, hashToRegister) = ResolveAutomaticPersistedQuery(options, persistedQuery);
            if (error is not null)
            {
                return new ExecutionResult(error);
            }

            if (hashToRegister is not null)
            {
                // Only a query that parsed, validated and passed the limits is worth keeping.
                var query = options.Query!;
                var result = await next(options);
                if (result.Executed)
                {
                    store.Add(hashToRegister, query);
                    Log.PersistedQueryRegistered(logger, hashToRegister, query.Length);
                }

                return result;
            }
        }

        return await next(options);
    }

    /// <summary>Sets the query of a hash-only request; says which hash to register when the request has the query.</summary>
    private (ExecutionError? Error, string? HashToRegister) ResolveAutomaticPersistedQuery(ExecutionOptions options, object? persistedQuery)
    {
        if (!_automaticPersistedQueries)
        {
            return (new PersistedQueryNotSupportedError(), null);
        }

        if (persistedQuery is not IDictionary<string, object?> properties
            || !properties.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string { Length: > 0 } hash)
        {
            return (new InvalidPersistedQueryError("'extensions.persistedQuery' must be an object with 'version': 1 and 'sha256Hash': the lower-case hex SHA-256 of the query."), null);
        }

        var version = properties.TryGetValue("version", out var versionValue) ? Convert.ToString(versionValue, CultureInfo.InvariantCulture) : null;
        if (version != SupportedVersion)
        {
            return (new InvalidPersistedQueryError($"Persisted query version '{version}' is not supported: send 'version': 1."), null);
        }

        if (options.Query is { } query)
        {
            return string.Equals(TrustedDocuments.Hash(query), hash, StringComparison.OrdinalIgnoreCase)
                ? (null, hash)
                : (new PersistedQueryHashMismatchError(hash), null);
        }

        options.Query = trustedDocuments.FindByHash(hash)?.Text ?? store.Find(hash);
        if (options.Query is null)
        {
            Log.PersistedQueryNotFound(logger, hash);
            return (PersistedQueryNotFoundError.ForHash(hash), null);
        }

        return (null, null);
    }
}
