using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using KhmerRougeHistory.Api.Data.Sql;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>A span per statement of the data path (<see cref="SqlRows"/>), ended when its rows are read or it fails.</summary>
internal sealed class SqlCommandSpanObserver : ISqlCommandObserver
{
    private readonly ConcurrentDictionary<DbCommand, Activity> _running = new();

    public IDisposable? Executing(DbCommand command)
    {
        if (SqlCommandSpans.Start(command) is not { } activity)
        {
            return null;
        }

        _running[command] = activity;
        return new Ending(this, command);
    }

    public void Failed(DbCommand command, Exception exception)
    {
        if (_running.TryRemove(command, out var activity))
        {
            activity.MarkFailed(exception.GetType().FullName ?? SpanErrors.OtherError, exception.Message);
            activity.Stop();
        }
    }

    private sealed class Ending(SqlCommandSpanObserver observer, DbCommand command) : IDisposable
    {
        public void Dispose()
        {
            if (observer._running.TryRemove(command, out var activity))
            {
                activity.Stop();
            }
        }
    }
}
