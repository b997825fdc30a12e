using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KhmerRougeHistory.Api.Health;

/// <summary>
/// Ready when the history database opens read-only, as the API opens it, and answers a query: its data version.
/// </summary>
internal sealed class DatabaseHealthCheck(HistoryDatabase database, IDbContextFactory<HistoryDbContext> contexts) : IHealthCheck
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

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dataVersion = await db.DatasetInfo.Select(d => d.DataHash).SingleOrDefaultAsync(cancellationToken);
        return dataVersion is null
            ? HealthCheckResult.Unhealthy("The database has no data version.")
            : HealthCheckResult.Healthy("The database is open read-only and answers.", new Dictionary<string, object> { ["dataVersion"] = dataVersion });
    }
}
