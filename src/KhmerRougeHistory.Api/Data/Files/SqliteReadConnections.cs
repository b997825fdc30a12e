using System.Collections.Concurrent;
using System.Data.Common;
using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>
/// Read-only SQLite connections kept open, each with the statements it has prepared. Opening a pooled connection and
/// preparing a statement again for every query was a sixth of a request's CPU (RESULTS.md, issue 11): the file is
/// never written while served, so a connection and its prepared statements stay valid for the life of the process.
/// The data path's statements (<see cref="SqlRows"/>) run on SQLite's own prepared statements
/// (<see cref="SqlitePreparedStatement"/>), read by <see cref="SqliteRowReader"/>: Microsoft.Data.Sqlite's reader made
/// four native calls per nullable text column, each taking and dropping a reference on the statement's handle. A caller
/// that runs the command itself (the exports, which read every column type) gets Microsoft.Data.Sqlite's reader.
/// </summary>
internal sealed class SqliteReadConnections(HistoryDatabase database) : IReadConnections, IDisposable
{
    // Enough for every thread of the pool to hold one while its statement runs; more are opened when needed and
    // closed when given back.
    private static readonly int _maxIdle = Environment.ProcessorCount * 4;

    // SQLite's own ceiling on a map (SQLITE_MAX_MMAP_SIZE); a larger file is mapped up to it and read past it.
    private const long MaxMappedBytes = 0x7fff0000;

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
            try
            {
                sqlite.Open();
                MapFile(sqlite);
            }
            catch
            {
                sqlite.Dispose();
                throw;
            }

            connection = new Lent(this, sqlite);
        }

        return ValueTask.FromResult<ReadConnection>(connection);
    }

    /// <summary>
    /// Reads the file through a memory map: each connection's page cache is small, so on a database larger than it
    /// every page a statement touched was read again with a system call and copied (about half of Timeline's server
    /// CPU on the 1 M-claim database). Mapped, the pages are the operating system's cache itself, shared by every
    /// connection and every process serving the file. A map needs a file that never changes in place while served:
    /// the importer replaces the file by renaming a new one over it, which leaves open maps on the old one.
    /// </summary>
    private static void MapFile(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA mmap_size = " + MaxMappedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        command.ExecuteNonQuery();
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

        private readonly Dictionary<string, Prepared> _prepared = new(StringComparer.Ordinal);
        private Prepared? _last;
        private IReadOnlyList<object?> _lastValues = [];
        private SqliteRowReader? _reading;

        public override DbCommand Command(string sql, IReadOnlyList<object?> values)
        {
            // Making room below may finalize statements: never one whose rows are being read.
            if (_reading is { IsClosed: false })
            {
                throw new InvalidOperationException("Read the last statement's rows to the end, or dispose its reader, before the next statement.");
            }

            if (!_prepared.TryGetValue(sql, out var prepared))
            {
                if (_prepared.Count >= MaxPrepared)
                {
                    DisposeStatements();
                }

                var command = connection.CreateCommand();
                command.CommandText = sql;
                for (var i = 0; i < values.Count; i++)
                {
                    command.Parameters.Add(new SqliteParameter(SqlParameterList.Placeholder(i), null));
                }

                prepared = new Prepared(command);
                _prepared[sql] = prepared;
            }

            for (var i = 0; i < values.Count; i++)
            {
                prepared.Command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            _last = prepared;
            _lastValues = values;
            return prepared.Command;
        }

        /// <summary>Runs the statement on SQLite's own prepared statement, read by <see cref="SqliteRowReader"/>.</summary>
        public override ValueTask<DbDataReader> ExecuteReaderAsync(DbCommand command, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_last is not { } last || !ReferenceEquals(command, last.Command))
            {
                throw new InvalidOperationException("Run the command this connection gave last.");
            }

            last.Statement ??= new SqlitePreparedStatement(connection.Handle!, last.Command.CommandText, _lastValues.Count);
            _reading = last.Statement.Run(_lastValues);
            return ValueTask.FromResult<DbDataReader>(_reading);
        }

        public override CancellationTokenRegistration StopOn(CancellationToken cancellationToken) => SqliteInterrupt.On(connection, cancellationToken);

        public override ValueTask DisposeAsync()
        {
            _last = null;
            _lastValues = [];
            _reading = null;
            owner.Return(this);
            return ValueTask.CompletedTask;
        }

        public void Close()
        {
            DisposeStatements();
            connection.Dispose();
        }

        private void DisposeStatements()
        {
            foreach (var prepared in _prepared.Values)
            {
                prepared.Statement?.Dispose();
                prepared.Command.Dispose();
            }

            _prepared.Clear();
        }

        /// <summary>
        /// A statement of this connection: the command observers see for it (its text and values: tracing, and tests that
        /// count or explain statements), and SQLite's prepared statement, made when the data path first runs it.
        /// </summary>
        private sealed class Prepared(SqliteCommand command)
        {
            public SqliteCommand Command { get; } = command;

            public SqlitePreparedStatement? Statement { get; set; }
        }
    }
}
