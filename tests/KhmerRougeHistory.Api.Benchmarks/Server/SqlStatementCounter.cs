using System.Data.Common;
using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KhmerRougeHistory.Api.Benchmarks.Server;

/// <summary>Counts every SQL statement the API runs: EF Core's (the API applies any registered interceptor) and the data path's.</summary>
internal sealed class SqlStatementCounter : DbCommandInterceptor, ISqlCommandObserver
{
    private static long _count;

    public static SqlStatementCounter Instance { get; } = new();

    public static long Count => Interlocked.Read(ref _count);

    /// <summary>The hand-written baseline counts its own statements here too.</summary>
    public static void Add() => Interlocked.Increment(ref _count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public IDisposable? Executing(DbCommand command)
    {
        Add();
        return null;
    }

    public void Failed(DbCommand command, Exception exception)
    {
    }
}
