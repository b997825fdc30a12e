using System.Data.Common;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>
/// Runs a statement on a lent read-only connection and reads its rows: the one place the data path executes SQL, with
/// the engine's cancellation and the registered <see cref="ISqlCommandObserver"/>s around it.
/// </summary>
public sealed class SqlRows(IReadConnections connections, IEnumerable<ISqlCommandObserver> observers)
{
    private readonly ISqlCommandObserver[] _observers = [.. observers];

    public async Task<List<TRow>> ReadAsync<TRow>(SqlStatement statement, Func<DbDataReader, TRow> row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var command = connection.Command(statement.Text, statement.Values);
        var observed = Executing(command);
        try
        {
            using var stop = connection.StopOn(cancellationToken);
            var rows = new List<TRow>();
            await using var reader = await connection.ExecuteReaderAsync(command, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(row(reader));
            }

            return rows;
        }
        catch (Exception e)
        {
            foreach (var observer in _observers)
            {
                observer.Failed(command, e);
            }

            throw;
        }
        finally
        {
            foreach (var done in observed)
            {
                done?.Dispose();
            }
        }
    }

    private IDisposable?[] Executing(DbCommand command)
    {
        if (_observers.Length == 0)
        {
            return [];
        }

        var observed = new IDisposable?[_observers.Length];
        for (var i = 0; i < _observers.Length; i++)
        {
            observed[i] = _observers[i].Executing(command);
        }

        return observed;
    }
}
