using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Diagnostics;

/// <summary>
/// Records the operation name (and optionally the query hash) of each execution in the request's
/// <see cref="GraphQLRequestLogEntry"/>. It wraps every other step, so it sees the query that persisted operations
/// resolved and the operation that ran, even when a later step refused the request.
/// </summary>
internal sealed class RequestLogExecution(IOptions<RequestLoggingOptions> options) : IConfigureExecution
{
    private readonly bool _logQueryHash = options.Value.LogQueryHash;

    public float SortOrder => -1_000;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var entry = options.RequestServices?.GetService<GraphQLRequestLogEntry>();
        if (entry is null)
        {
            return await next(options);
        }

        entry.OperationName = options.OperationName;
        try
        {
            var result = await next(options);
            entry.OperationName = result.Operation?.Name?.StringValue ?? options.OperationName;
            return result;
        }
        finally
        {
            if (_logQueryHash && options.Query is { } query)
            {
                entry.QueryHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
            }
        }
    }
}
