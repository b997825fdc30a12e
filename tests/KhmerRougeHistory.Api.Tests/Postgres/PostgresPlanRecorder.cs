using System.Collections.Concurrent;
using System.Data.Common;
using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>
/// Asks PostgreSQL how it would run each query the API sends, on the same connection and with the same parameters,
/// with sequential scans and sorts made as costly as the planner allows: a plan that still sorts has no index that
/// gives the order.
/// </summary>
public sealed class PostgresPlanRecorder : DbCommandInterceptor, ISqlCommandObserver
{
    private readonly ConcurrentQueue<(string Sql, IReadOnlyList<string> Plan)> _plans = new();

    public IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)> Plans => [.. _plans];

    public void Clear() => _plans.Clear();

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await RecordAsync(command, cancellationToken);
        return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public IDisposable? Executing(DbCommand command)
    {
        // The data path calls observers synchronously; explaining is a test's cost, so blocking here is fine.
        RecordAsync(command, CancellationToken.None).GetAwaiter().GetResult();
        return null;
    }

    public void Failed(DbCommand command, Exception exception)
    {
    }

    private async Task RecordAsync(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Connection is NpgsqlConnection connection)
        {
            await ExecuteAsync(connection, "SET enable_seqscan = off; SET enable_sort = off", cancellationToken);
#pragma warning disable CA2100 // The API's own statement, explained.
            await using var explain = new NpgsqlCommand("EXPLAIN " + command.CommandText, connection);
#pragma warning restore CA2100
            foreach (NpgsqlParameter parameter in command.Parameters)
            {
                explain.Parameters.Add(parameter.Clone());
            }

            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    plan.Add(reader.GetString(0));
                }
            }

            await ExecuteAsync(connection, "RESET enable_seqscan; RESET enable_sort", cancellationToken);
            _plans.Enqueue((command.CommandText, plan));
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // Constant settings.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
