using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Postgres;
using KhmerRougeHistory.Api.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KhmerRougeHistory.Api.Health;

/// <summary>
/// Ready when the history database opens read-only, as the API opens it, and answers a query: its data version.
/// When it does not, the report says which problem it has (<see cref="DatabaseProblem"/>: missing, not a database,
/// truncated, corrupt, unreadable), found by inspecting it; the log has the path and the details.
/// </summary>
internal sealed class DatabaseHealthCheck(HistoryDatabase database, IDbContextFactory<HistoryDbContext> contexts, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var readOnly = database.Provider == DatabaseProvider.PostgreSql
            ? PostgresConnectionStrings.IsReadOnly(database.ReadOnlyConnectionString)
            : new SqliteConnectionStringBuilder(database.ReadOnlyConnectionString).Mode == SqliteOpenMode.ReadOnly;
        if (!readOnly)
        {
            return HealthCheckResult.Unhealthy("The database is not opened read-only.");
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var dataVersion = await db.DatasetInfo.Select(d => d.DataHash).SingleOrDefaultAsync(cancellationToken);
            return dataVersion is null
                ? HealthCheckResult.Unhealthy("The database has no data version.", data: Problem(DatabaseProblem.Corrupt))
                : HealthCheckResult.Healthy("The database is open read-only and answers.", new Dictionary<string, object> { ["dataVersion"] = dataVersion });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var condition = await DatabaseInspection.InspectAsync(database, checkIntegrity: false, cancellationToken);
            var problem = condition.Problem == DatabaseProblem.None ? DatabaseProblem.Unreadable : condition.Problem;
            Log.DatabaseUnhealthy(logger, e.Message, condition.Description);
            return HealthCheckResult.Unhealthy(Describe(problem), data: Problem(problem));
        }
    }

    private static Dictionary<string, object> Problem(DatabaseProblem problem) => new() { ["problem"] = problem.ToString() };

    // Said without the path: the endpoint is public, the path is for the log.
    private static string Describe(DatabaseProblem problem) => problem switch
    {
        DatabaseProblem.Missing => "The database is missing.",
        DatabaseProblem.NotADatabase => "The database file is not a SQLite database.",
        DatabaseProblem.Truncated => "The database file is truncated.",
        DatabaseProblem.Corrupt => "The database is corrupt.",
        DatabaseProblem.OlderFormat => "The database file is in write-ahead-log mode, which read-only storage cannot serve.",
        _ => "The database cannot be read.",
    };
}
