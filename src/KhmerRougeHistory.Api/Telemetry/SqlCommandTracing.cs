using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// One client span (<see cref="SqlCommandSpans"/>) per SQL command EF Core runs. A reader's span lasts until the
/// reader is disposed, since SQLite does most of its work while rows are read.
/// </summary>
internal sealed class SqlCommandTracing : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, Activity> _running = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Start(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Start(command);
        return base.ScalarExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Stop(command, failure: null);
        return base.ScalarExecuted(command, eventData, result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Stop(command, failure: null);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Stop(command, failure: null);
        return base.DataReaderDisposing(command, eventData, result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        Stop(command, eventData?.Exception);
        base.CommandFailed(command, eventData!);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop(command, eventData?.Exception);
        return base.CommandFailedAsync(command, eventData!, cancellationToken);
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData)
    {
        Stop(command, new OperationCanceledException());
        base.CommandCanceled(command, eventData);
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop(command, new OperationCanceledException());
        return base.CommandCanceledAsync(command, eventData, cancellationToken);
    }

    private void Start(DbCommand command)
    {
        if (SqlCommandSpans.Start(command) is not { } activity)
        {
            return;
        }

        // A command that is somehow still registered (never disposed) is ended rather than leaked.
        if (_running.TryRemove(command, out var previous))
        {
            previous.Stop();
        }

        _running[command] = activity;
    }

    private void Stop(DbCommand command, Exception? failure)
    {
        if (_running.IsEmpty || !_running.TryRemove(command, out var activity))
        {
            return;
        }

        if (failure is not null)
        {
            activity.MarkFailed(failure.GetType().FullName ?? SpanErrors.OtherError, failure.Message);
        }

        activity.Stop();
    }
}
