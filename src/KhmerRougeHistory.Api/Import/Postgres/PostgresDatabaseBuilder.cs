using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Postgres;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Querying.Paging;
using KhmerRougeHistory.Api.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KhmerRougeHistory.Api.Import.Postgres;

/// <summary>
/// Builds the database in a new schema beside the served one and renames it into place in one transaction: readers
/// see the old data or the new, never a half-built schema, and a failed build leaves the served schema untouched.
/// </summary>
internal static class PostgresDatabaseBuilder
{
    /// <summary>
    /// Builds unless <paramref name="stillNeeded"/>, asked once the lock is held, says another process has built the
    /// schema meanwhile. Returns whether this call built it.
    /// </summary>
    public static async Task<bool> BuildAsync(
        HistoryDatabase target, Func<HistoryDbContext, CancellationToken, Task> fill, Func<CancellationToken, Task<bool>> stillNeeded,
        TimeSpan lockTimeout, CancellationToken cancellationToken)
    {
        var building = target.Schema + "_building";
        await using var admin = new NpgsqlConnection(target.WritableConnectionString);
        await admin.OpenAsync(cancellationToken);

        // One build of this schema at a time (replicas starting together, an import during a start): the others wait,
        // then find it built (or build and swap in turn, for an import). The lock ends with the session.
        await LockAsync(admin, target, lockTimeout, cancellationToken);
        try
        {
            if (!await stillNeeded(cancellationToken))
            {
                return false;
            }

            await ExecuteAsync(admin, $"DROP SCHEMA IF EXISTS {building} CASCADE; CREATE SCHEMA {building}", cancellationToken);
            var options = new DbContextOptionsBuilder<HistoryDbContext>();
            List<string> tables;
            options.UseHistoryDatabase(target.WithSchema(building), readOnly: false);
            await using (var context = new HistoryDbContext(options.Options))
            {
                // Not EnsureCreated: it creates nothing when any schema of the database already has tables.
                await context.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
                await fill(context, cancellationToken);
                await ListCounts.BuildAsync(context, PostgresDialect.Instance, cancellationToken);
                await PostgresSearchIndex.BuildAsync(context, cancellationToken);
                tables = [.. context.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Append(SearchIndexBuilder.TableName).Append(SearchIndexBuilder.ClaimWordsTableName)];
            }

            // Statistics for the planner, for the new tables only: the database may hold much else.
            await ExecuteAsync(admin, "ANALYZE " + string.Join(", ", tables.Select(t => $"{building}.\"{t}\"")), cancellationToken);

            await using var swap = await admin.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(admin, $"DROP SCHEMA IF EXISTS {target.Schema} CASCADE; ALTER SCHEMA {building} RENAME TO {target.Schema}", cancellationToken);
            await swap.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            await CleanUpAsync(admin, building, target.Schema);
        }
    }

    // lock_timeout bounds the wait for an advisory lock as for any other; it is reset so that the build itself is not bounded.
    private static async Task LockAsync(NpgsqlConnection admin, HistoryDatabase target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var milliseconds = ((long)timeout.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            await ExecuteAsync(admin, $"SET lock_timeout = {milliseconds}; SELECT pg_advisory_lock(hashtext('khmer-rouge-history:{target.Schema}')); RESET lock_timeout", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            throw new TimeoutException($"Another process has been building {target.Location} for more than {timeout.TotalSeconds:0} s (it holds the build's advisory lock).", e);
        }
    }

    // After a failure the connection may be gone (and the lock with it): cleaning up must not hide the failure.
    private static async Task CleanUpAsync(NpgsqlConnection admin, string building, string schema)
    {
        try
        {
            await ExecuteAsync(admin, $"DROP SCHEMA IF EXISTS {building} CASCADE", CancellationToken.None);
            await ExecuteAsync(admin, $"SELECT pg_advisory_unlock(hashtext('khmer-rouge-history:{schema}'))", CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The next build drops the leftover schema before it starts.
        }
    }

    // Schema names are checked where they are configured (lower-case letters, digits, underscores) and table names are
    // the model's, so they are spliced in.
    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // The only variable parts are validated schema names and the model's table names.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
