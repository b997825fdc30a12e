using GraphQL;
using GraphQL.DI;

namespace KhmerRougeHistory.Api.Tests.RateLimiting;

/// <summary>Holds every GraphQL execution until <see cref="Open"/>, so that a test can fill the execution places.</summary>
public sealed class ExecutionGate : IConfigureExecution
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting;

    /// <summary>Inside the concurrency limit: only requests that got a place reach the gate.</summary>
    public float SortOrder => 1_000;

    public int Waiting => Volatile.Read(ref _waiting);

    public void Open() => _open.TrySetResult();

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        Interlocked.Increment(ref _waiting);
        await _open.Task.WaitAsync(options.CancellationToken);
        return await next(options);
    }
}
