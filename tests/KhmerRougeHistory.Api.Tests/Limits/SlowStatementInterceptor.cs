using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>
/// Once armed, turns the next statement that reads <c>DatasetInfo</c> (the <c>dataVersion</c> field) into one that
/// never ends on its own (an unbounded recursive count), and records how statements fail.
/// </summary>
public sealed class SlowStatementInterceptor : DbCommandInterceptor
{
    private const string Endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT max(x) FROM n";

    private readonly ConcurrentQueue<Exception> _failures = new();
    private int _armed;

    public IReadOnlyList<Exception> Failures => [.. _failures];

    public void Arm() => Volatile.Write(ref _armed, 1);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.CommandText.Contains("\"DatasetInfo\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            command.CommandText = Endless;
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        _failures.Enqueue(eventData.Exception);
        return base.CommandFailedAsync(command, eventData, cancellationToken);
    }

    /// <summary>SQLite's SQLITE_INTERRUPT: the statement was stopped by sqlite3_interrupt.</summary>
    public static bool IsInterrupted(Exception exception) => exception is SqliteException { SqliteErrorCode: 9 };
}
