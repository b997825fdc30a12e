using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Http;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by the query text itself (the document holds that text
/// already; hashing it with SHA-256 on every request cost more than comparing it), so that a repeated
/// query is neither parsed nor validated again: on a hit only <see cref="ExecutionOptions.CachedDocumentValidationRules"/>
/// run (variables are still coerced). Documents that fail to parse or validate are never kept. The cache is bounded
/// by <see cref="GraphQLHttpOptions.DocumentCacheSize"/> characters of query text.
/// </summary>
internal sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache? _cache;
    private readonly ILogger<DocumentCache> _logger;

    public DocumentCache(IOptions<GraphQLHttpOptions> options, ILogger<DocumentCache> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var size = options.Value.DocumentCacheSize;
        _cache = size > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = size }) : null;
        _logger = logger;
    }

    /// <summary>After option configurations such as added validation rules (100), as graphql-dotnet's own cache.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (_cache is null || options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (_cache.TryGetValue(query, out GraphQLDocument? cached) && cached is not null)
        {
            if (HashToLog(query) is { } hash)
            {
                Log.DocumentCacheHit(_logger, hash);
            }

            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            _cache.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length });
            if (HashToLog(query) is { } hash)
            {
                Log.DocumentCached(_logger, hash, query.Length);
            }
        }

        return result;
    }

    public void Dispose() => _cache?.Dispose();

    /// <summary>What the debug log says of a query: its SHA-256, not its text; worked out only when the entry is written.</summary>
    private string? HashToLog(string query) =>
        _logger.IsEnabled(LogLevel.Debug) ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query))) : null;
}
