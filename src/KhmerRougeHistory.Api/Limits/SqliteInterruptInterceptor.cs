using System.Collections.Concurrent;
using System.Data.Common;
using KhmerRougeHistory.Api.Data.Files;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// Makes cancellation stop a running SQLite statement. Microsoft.Data.Sqlite only checks the cancellation token
/// before a command starts (its <c>SqliteCommand.Cancel</c> does nothing), so a long statement would run to its end
/// after a time-out. While a command and its reader are open, cancelling the token EF Core passes them calls
/// <c>sqlite3_interrupt</c> on the connection: the statement stops with SQLite's "interrupted" error. The
/// registration is removed before the reader is disposed, and so before the connection can serve anyone else.
/// </summary>
internal sealed class SqliteInterruptInterceptor : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, CancellationTokenRegistration> _registrations = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Register(command, cancellationToken);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Register(command, cancellationToken);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return base.DataReaderClosingAsync(command, eventData, result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return base.DataReaderDisposing(command, eventData, result);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return base.CommandFailedAsync(command, eventData, cancellationToken);
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return base.CommandCanceledAsync(command, eventData, cancellationToken);
    }

    private void Register(DbCommand command, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || command.Connection is not SqliteConnection connection)
        {
            return;
        }

        var registration = SqliteInterrupt.On(connection, cancellationToken);
        if (_registrations.TryRemove(command, out var previous))
        {
            previous.Dispose();
        }

        _registrations[command] = registration;
    }

    /// <summary>Dispose waits for a callback under way, so no interrupt can reach the connection afterwards.</summary>
    private void Release(DbCommand command)
    {
        if (_registrations.TryRemove(command, out var registration))
        {
            registration.Dispose();
        }
    }
}
