using GraphQL;
using GraphQL.DI;

namespace KhmerRougeHistory.Api.Tests.Caching;

/// <summary>Counts the requests that reach GraphQL execution, to prove that a 304 ran nothing.</summary>
public sealed class ExecutionCounter : IConfigureExecution
{
    private int _count;

    public int Count => _count;

    public float SortOrder => 0;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Interlocked.Increment(ref _count);
        return next(options);
    }
}
