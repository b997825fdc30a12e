using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>
/// At most <see cref="RateLimitingOptions.ConcurrencyLimit"/> GraphQL requests are parsed, validated and
/// executed at once; <see cref="RateLimitingOptions.QueueLimit"/> more wait their turn, oldest first, without
/// holding a thread; beyond that 503 <c>SERVICE_OVERLOADED</c>. Only execution is limited, not reading the
/// request or writing the response, so slow clients cannot hold places.
/// </summary>
internal sealed class GraphQLConcurrencyLimit : IConfigureExecution, IDisposable
{
    private readonly ConcurrencyLimiter _places;
    private readonly RateLimitingOptions _options;
    private readonly ILogger<GraphQLConcurrencyLimit> _logger;

    public GraphQLConcurrencyLimit(IOptions<RateLimitingOptions> options, ILogger<GraphQLConcurrencyLimit> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _places = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _options.ConcurrencyLimit,
            QueueLimit = _options.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>
    /// Outermost, outside the execution time-out (10): all of a request's GraphQL work is limited, and time spent
    /// waiting for a place does not count against the time-out.
    /// </summary>
    public float SortOrder => 5;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        using var place = await _places.AcquireAsync(1, options.CancellationToken);
        if (!place.IsAcquired)
        {
            Log.Overloaded(_logger, _options.ConcurrencyLimit, _options.QueueLimit);
            return new ExecutionResult(new ServiceOverloadedError(_options.OverloadedRetryAfterSeconds));
        }

        return await next(options);
    }

    public void Dispose() => _places.Dispose();
}
