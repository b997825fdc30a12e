using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>
/// Read-only SQLite connections kept open, each with the statements it has prepared. Opening a pooled connection and
/// preparing a statement again for every query was a sixth of a request's CPU (RESULTS.md, issue 11): the file is
/// never written while served, so a connection and its prepared statements stay valid for the life of the process.
/// </summary>
internal sealed class SqliteReadConnections(HistoryDatabase database) : IReadConnections, IDisposable
{
    // Enough for every thread of the pool to hold one while its statement runs; more are opened when needed and
    // closed when given back.
    private static readonly int _maxIdle = Environment.ProcessorCount * 4;

    private readonly string _connectionString = SqliteConnectionStrings.ReadOnly(database.FilePath, pooling: false);
    private readonly ConcurrentBag<Lent> _idle = [];

    // Counted here: ConcurrentBag.Count takes every thread's lock of the bag, on each return of a connection.
    private int _idleCount;
    private volatile bool _disposed;

    public ValueTask<ReadConnection> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_idle.TryTake(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
        }
        else
        {
            var sqlite = new SqliteConnection(_connectionString);
            sqlite.Open();
            connection = new Lent(this, sqlite);
        }

        return ValueTask.FromResult<ReadConnection>(connection);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Close();
        }
    }

    private void Return(Lent connection)
    {
        if (!_disposed)
        {
            if (Interlocked.Increment(ref _idleCount) <= _maxIdle)
            {
                _idle.Add(connection);
                return;
            }

            Interlocked.Decrement(ref _idleCount);
        }

        connection.Close();
    }

    private sealed class Lent(SqliteReadConnections owner, SqliteConnection connection) : ReadConnection
    {
        // The data path's statements are a few dozen texts (shapes × rounded list lengths); the bound only guards
        // against a caller that would build unbounded texts.
        private const int MaxPrepared = 512;

        private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

        public override DbCommand Command(string sql, IReadOnlyList<object?> values)
        {
            if (!_prepared.TryGetValue(sql, out var command))
            {
                if (_prepared.Count >= MaxPrepared)
                {
                    DisposeCommands();
                }

                command = connection.CreateCommand();
                command.CommandText = sql;
                for (var i = 0; i < values.Count; i++)
                {
                    command.Parameters.Add(new SqliteParameter("@p" + i.ToString(CultureInfo.InvariantCulture), null));
                }

                command.Prepare();
                _prepared[sql] = command;
            }

            for (var i = 0; i < values.Count; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            return command;
        }

        public override CancellationTokenRegistration StopOn(CancellationToken cancellationToken) => SqliteInterrupt.On(connection, cancellationToken);

        public override ValueTask DisposeAsync()
        {
            owner.Return(this);
            return ValueTask.CompletedTask;
        }

        public void Close()
        {
            DisposeCommands();
            connection.Dispose();
        }

        private void DisposeCommands()
        {
            foreach (var command in _prepared.Values)
            {
                command.Dispose();
            }

            _prepared.Clear();
        }
    }
}
