using GraphQL;
using GraphQL.DI;
using KhmerRougeHistory.Api.Limits.Errors;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// Cancels a request that runs longer than <see cref="RequestLimitsOptions.ExecutionTimeout"/> and answers it
/// 504 <c>EXECUTION_TIMEOUT</c>. The cancellation token reaches every resolver and, through EF Core and
/// <see cref="SqliteInterruptInterceptor"/>, the SQLite statement running at that moment (on PostgreSQL, Npgsql
/// itself sends the server a cancel request for the running statement). A request the client
/// abandoned is cancelled as before and not reported as a time-out.
/// </summary>
internal sealed class ExecutionTimeout(IOptions<RequestLimitsOptions> options, TimeProvider timeProvider, ILogger<ExecutionTimeout> logger)
    : IConfigureExecution
{
    private readonly TimeSpan _timeout = options.Value.ExecutionTimeout;

    /// <summary>Outermost, so that the time-out covers persisted query look-up, parsing, validation and execution.</summary>
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var requestAborted = options.CancellationToken;
        using var timer = new CancellationTokenSource(_timeout, timeProvider);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, timer.Token);
        var inner = options.UnhandledExceptionDelegate;
        options.CancellationToken = cancellation.Token;
        options.UnhandledExceptionDelegate = context =>
        {
            // A statement interrupted by the cancellation fails with its own exception (SQLite's "interrupted"):
            // once the time is up, stop the whole execution instead of reporting each field's failure.
            timer.Token.ThrowIfCancellationRequested();
            return inner(context);
        };
        try
        {
            var result = await next(options);
            return timer.IsCancellationRequested && result.Errors?.Count > 0 ? TimedOut() : result;
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            return TimedOut();
        }
        finally
        {
            options.CancellationToken = requestAborted;
            options.UnhandledExceptionDelegate = inner;
        }
    }

    private ExecutionResult TimedOut()
    {
        Log.ExecutionTimedOut(logger, _timeout);
        return new ExecutionResult(new ExecutionTimeoutError(_timeout));
    }
}
