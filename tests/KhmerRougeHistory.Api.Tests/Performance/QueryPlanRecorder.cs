using System.Collections.Concurrent;
using System.Data.Common;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KhmerRougeHistory.Api.Tests.Performance;

/// <summary>
/// Asks SQLite how it will run each statement the API sends (<c>EXPLAIN QUERY PLAN</c> with the same parameters, on
/// the same connection) just before the statement runs, and keeps the statement with its plan.
/// </summary>
public sealed class QueryPlanRecorder : DbCommandInterceptor, ISqlCommandObserver
{
    private readonly ConcurrentQueue<(string Sql, IReadOnlyList<string> Plan)> _plans = new();

    public IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)> Plans => [.. _plans];

    public void Clear() => _plans.Clear();

    /// <summary>The statements and plans of one query, sent after a first request has warmed the server; the query must answer without errors.</summary>
    public async Task<IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)>> PlansOfAsync(HttpClient client, string query, object? variables = null)
    {
        await GraphQLClient.PostAsync(client, "{ __typename }");
        Clear();

        var (_, body) = await GraphQLClient.PostAsync(client, query, variables);

        GraphQLAssert.Data(body);
        return Plans;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        _plans.Enqueue((command.CommandText, Explain(command)));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public IDisposable? Executing(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _plans.Enqueue((command.CommandText, Explain(command)));
        return null;
    }

    public void Failed(DbCommand command, Exception exception)
    {
    }

    /// <summary>SQLite's plan for <paramref name="command"/>, one line per step, asked on its connection with its parameters.</summary>
    public static List<string> Explain(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var copy = explain.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            explain.Parameters.Add(copy);
        }

        var plan = new List<string>();
        using var reader = explain.ExecuteReader();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}
