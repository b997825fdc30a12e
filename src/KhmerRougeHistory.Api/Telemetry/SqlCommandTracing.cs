using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// One client span per SQL command, as the database semantic conventions describe it: named after the statement's
/// operation and the database (<c>SELECT history.db</c>: SQLite's file, PostgreSQL's database name), with the system
/// (<c>sqlite</c> or <c>postgresql</c>) and the statement
/// text. The text is EF Core's parameterized SQL: parameter values are never recorded. A reader's span lasts until
/// the reader is disposed, since SQLite does most of its work while rows are read.
/// </summary>
internal sealed class SqlCommandTracing : DbCommandInterceptor
{
    private static readonly string[] _operations = ["SELECT", "WITH", "INSERT", "UPDATE", "DELETE", "PRAGMA", "CREATE", "DROP", "ALTER", "BEGIN", "COMMIT", "ROLLBACK"];

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
        if (!HistoryTelemetry.ActivitySource.HasListeners())
        {
            return;
        }

        var text = command.CommandText;
        var operation = OperationOf(text);
        var (system, database) = command.Connection switch
        {
            NpgsqlConnection postgres => (TelemetryNames.PostgreSql, postgres.Database),
            { DataSource.Length: > 0 } sqlite => (TelemetryNames.Sqlite, Path.GetFileName(sqlite.DataSource)),
            _ => (TelemetryNames.Sqlite, null),
        };
        var name = (operation, database) switch
        {
            ({ } op, { } db) => $"{op} {db}",
            (_, { } db) => db,
            _ => system,
        };
        // Nothing runs inside a statement's span, so it does not become Activity.Current: the reader is read and
        // disposed elsewhere, where a current span would outlive its statement.
        var current = Activity.Current;
        var activity = HistoryTelemetry.ActivitySource.StartActivity(name, ActivityKind.Client);
        if (activity is null)
        {
            return;
        }

        Activity.Current = current;

        if (activity.IsAllDataRequested)
        {
            activity.SetTag(TelemetryNames.DbSystem, system);
            activity.SetTag(TelemetryNames.DbSystemName, system);
            activity.SetTag(TelemetryNames.DbStatement, text);
            activity.SetTag(TelemetryNames.DbQueryText, text);
            activity.SetTag(TelemetryNames.DbOperationName, operation);
            activity.SetTag(TelemetryNames.DbNamespace, database);
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

    /// <summary>The statement's first keyword when it is a known one (EF Core writes no leading comments here).</summary>
    private static string? OperationOf(string text)
    {
        var span = text.AsSpan().TrimStart();
        var end = span.IndexOfAny(" \t\r\n(");
        var word = end < 0 ? span : span[..end];
        foreach (var operation in _operations)
        {
            if (word.Equals(operation, StringComparison.OrdinalIgnoreCase))
            {
                return operation;
            }
        }

        return null;
    }
}
