using System.Collections.Concurrent;
using System.Data.Common;
using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>Records every SQL statement the API executes (EF Core's and the data path's), so tests can count and read them.</summary>
public sealed class SqlRecorder : DbCommandInterceptor, ISqlCommandObserver
{
    private readonly ConcurrentQueue<string> _statements = new();

    public IReadOnlyList<string> Statements => [.. _statements];

    public void Clear() => _statements.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _statements.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _statements.Enqueue(command.CommandText);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public IDisposable? Executing(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _statements.Enqueue(command.CommandText);
        return null;
    }

    public void Failed(DbCommand command, Exception exception)
    {
    }
}
