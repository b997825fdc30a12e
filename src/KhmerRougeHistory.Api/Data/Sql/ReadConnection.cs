using System.Data.Common;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>
/// An open, read-only connection lent for one statement. Each engine keeps what makes a repeated statement cheap
/// (SQLite: the connection stays open and its statements stay prepared; PostgreSQL: Npgsql's pool and automatic
/// preparation); disposing returns the connection to its engine.
/// </summary>
public abstract class ReadConnection : IAsyncDisposable
{
    /// <summary>A command for <paramref name="sql"/> with its parameters <c>@p0</c>, <c>@p1</c>, ... set to <paramref name="values"/>.</summary>
    public abstract DbCommand Command(string sql, IReadOnlyList<object?> values);

    /// <summary>
    /// Runs the command <see cref="Command"/> gave last and reads its rows. An engine may run it its own way (SQLite: on
    /// the raw prepared statement); the command is what observers see.
    /// </summary>
    public virtual ValueTask<DbDataReader> ExecuteReaderAsync(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new(command.ExecuteReaderAsync(cancellationToken));
    }

    /// <summary>
    /// Makes <paramref name="cancellationToken"/> stop the statement under way, where the engine's provider does not do
    /// that itself; dispose the registration before the connection is returned.
    /// </summary>
    public virtual CancellationTokenRegistration StopOn(CancellationToken cancellationToken) => default;

    public abstract ValueTask DisposeAsync();
}
