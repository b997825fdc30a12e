using System.Data.Common;
using System.Diagnostics;
using Npgsql;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// The client span of one SQL command, as the database semantic conventions describe it: named after the statement's
/// operation and the database (<c>SELECT history.db</c>: SQLite's file, PostgreSQL's database name), with the system
/// (<c>sqlite</c> or <c>postgresql</c>) and the parameterized statement text; parameter values are never recorded.
/// Shared by EF Core's commands (<see cref="SqlCommandTracing"/>) and the data path's (<see cref="SqlCommandSpanObserver"/>).
/// </summary>
internal static class SqlCommandSpans
{
    private static readonly string[] _operations = ["SELECT", "WITH", "INSERT", "UPDATE", "DELETE", "PRAGMA", "CREATE", "DROP", "ALTER", "BEGIN", "COMMIT", "ROLLBACK"];

    /// <summary>The started span, or null when nobody listens.</summary>
    public static Activity? Start(DbCommand command)
    {
        if (!HistoryTelemetry.ActivitySource.HasListeners())
        {
            return null;
        }

        var text = command.CommandText;
        var operation = OperationOf(text);
        var (system, database) = command.Connection switch
        {
            NpgsqlConnection postgres => (TelemetryNames.PostgreSql, postgres.Database),
            { DataSource.Length: > 0 } sqlite => (TelemetryNames.Sqlite, Path.GetFileName(sqlite.DataSource)),
            _ => (TelemetryNames.Sqlite, null),
        };
        var name = (operation, database) switch
        {
            ({ } op, { } db) => $"{op} {db}",
            (_, { } db) => db,
            _ => system,
        };
        // Nothing runs inside a statement's span, so it does not become Activity.Current: the reader is read and
        // disposed elsewhere, where a current span would outlive its statement.
        var current = Activity.Current;
        var activity = HistoryTelemetry.ActivitySource.StartActivity(name, ActivityKind.Client);
        if (activity is null)
        {
            return null;
        }

        Activity.Current = current;

        if (activity.IsAllDataRequested)
        {
            activity.SetTag(TelemetryNames.DbSystem, system);
            activity.SetTag(TelemetryNames.DbSystemName, system);
            activity.SetTag(TelemetryNames.DbStatement, text);
            activity.SetTag(TelemetryNames.DbQueryText, text);
            activity.SetTag(TelemetryNames.DbOperationName, operation);
            activity.SetTag(TelemetryNames.DbNamespace, database);
        }

        return activity;
    }

    /// <summary>The statement's first keyword when it is a known one (neither EF Core nor the data path writes leading comments).</summary>
    private static string? OperationOf(string text)
    {
        var span = text.AsSpan().TrimStart();
        var end = span.IndexOfAny(" \t\r\n(");
        var word = end < 0 ? span : span[..end];
        foreach (var operation in _operations)
        {
            if (word.Equals(operation, StringComparison.OrdinalIgnoreCase))
            {
                return operation;
            }
        }

        return null;
    }
}
