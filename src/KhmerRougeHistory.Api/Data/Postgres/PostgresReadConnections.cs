using System.Data.Common;
using System.Globalization;
using KhmerRougeHistory.Api.Data.Sql;
using Npgsql;

namespace KhmerRougeHistory.Api.Data.Postgres;

/// <summary>
/// Read-only PostgreSQL connections from Npgsql's pool, with automatic preparation: a statement text run a few times
/// on a physical connection is prepared on the server and reused there, as SQLite's connections keep theirs.
/// Npgsql cancels a running statement itself when the token is cancelled.
/// </summary>
internal sealed class PostgresReadConnections : IReadConnections, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresReadConnections(HistoryDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = new NpgsqlConnectionStringBuilder(database.ReadOnlyConnectionString) { MaxAutoPrepare = 256, AutoPrepareMinUsages = 2 };
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public async ValueTask<ReadConnection> OpenAsync(CancellationToken cancellationToken) =>
        new Lent(await _dataSource.OpenConnectionAsync(cancellationToken));

    public void Dispose() => _dataSource.Dispose();

    private sealed class Lent(NpgsqlConnection connection) : ReadConnection
    {
        public override DbCommand Command(string sql, IReadOnlyList<object?> values)
        {
            var command = new NpgsqlCommand(sql, connection);
            for (var i = 0; i < values.Count; i++)
            {
                command.Parameters.Add(new NpgsqlParameter("p" + i.ToString(CultureInfo.InvariantCulture), values[i] ?? DBNull.Value));
            }

            return command;
        }

        public override ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
