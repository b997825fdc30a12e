using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Import.Sqlite;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Import;

/// <summary>The start-up step that makes sure there is a database to serve, building it when allowed.</summary>
public static class DatabasePreparation
{
    /// <summary>
    /// Before serving: inspects the database and, with <see cref="DatabaseOptions.BuildOnStartup"/>, builds it when it
    /// is missing, broken or built from other data (one process at a time: the others wait and open what it built).
    /// Throws <see cref="DatabaseUnavailableException"/> with the cause when there is nothing it can serve.
    /// </summary>
    public static async Task PrepareHistoryDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var database = services.GetRequiredService<HistoryDatabase>();
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabasePreparation).FullName!);
        var current = options.BuildOnStartup ? HistoryImporter.CurrentDataHash(database.DataDirectory) : null;
        var condition = await InspectAsync(database, options, current, cancellationToken);

        if (options.BuildOnStartup && condition.IsRebuildable)
        {
            // A first start or new data is routine; a damaged file is worth an operator's look.
            var level = condition.Problem is DatabaseProblem.Missing or DatabaseProblem.OtherDataVersion or DatabaseProblem.OlderFormat ? LogLevel.Information : LogLevel.Warning;
            Log.BuildingDatabase(logger, level, condition.Description);
            var built = await BuildAsync(database, options, current, clock, logger, cancellationToken);
            if (built is not null)
            {
                Log.BuiltDatabase(logger, database.Location, built.Claims.Count, built.Subjects.Count);
            }
            else
            {
                Log.BuiltByAnotherProcess(logger, database.Location);
            }

            condition = await InspectAsync(database, options, current, cancellationToken);
        }

        if (!condition.IsServable)
        {
            throw new DatabaseUnavailableException(condition.Description + " " + Advice(database, options, condition));
        }

        Log.OpenedDatabase(logger, database.Location, condition.DataVersion!);
    }

    /// <summary>The dataset this process built the database from, or null when another process built it meanwhile.</summary>
    private static async Task<HistoryDataset?> BuildAsync(
        HistoryDatabase database, DatabaseOptions options, string? current, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        HistoryDataset? dataset = null;
        try
        {
            // Asked again under the build lock: a process that started at the same time may have built it meanwhile.
            // The curated data is read only then, so that processes waiting for another's build do not read it for nothing.
            await DatabaseBuilder.BuildAsync(
                database,
                async (context, ct) =>
                {
                    dataset = HistoryImporter.Load(database.DataDirectory);
                    await DatabaseBuilder.Fill(dataset, clock)(context, ct);
                },
                async ct =>
                {
                    var condition = await InspectAsync(database, options, current, ct);
                    if (condition.IsDamaged && database.Provider == DatabaseProvider.Sqlite)
                    {
                        SetAside(database.FilePath, clock, logger);
                    }

                    return condition.IsRebuildable;
                },
                options.BuildLockTimeout, clock, cancellationToken);
            return dataset;
        }
        catch (Exception e) when (e is SqliteBuildException or TimeoutException)
        {
            throw new DatabaseUnavailableException(e.Message, e);
        }
    }

    // A damaged file is kept, not overwritten: it is the evidence of a disk or copy fault, and a file that is no SQLite
    // database at all may be something else that a wrong connection string points at.
    private static void SetAside(string path, TimeProvider clock, ILogger logger)
    {
        var kept = $"{path}.damaged-{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}";
        File.Move(path, kept, overwrite: true);
        Log.SetAsideDamagedFile(logger, path, kept);
    }

    private static async Task<DatabaseCondition> InspectAsync(HistoryDatabase database, DatabaseOptions options, string? current, CancellationToken cancellationToken)
    {
        var condition = await DatabaseInspection.InspectAsync(database, options.CheckIntegrityOnStartup, cancellationToken);
        return condition.Problem == DatabaseProblem.None && current is not null && condition.DataVersion != current
            ? condition with
            {
                Problem = DatabaseProblem.OtherDataVersion,
                Description = $"The history database ({database.Location}) was built from other data (version {condition.DataVersion}) than {database.DataDirectory} holds (version {current}).",
            }
            : condition;
    }

    private static string Advice(HistoryDatabase database, DatabaseOptions options, DatabaseCondition condition)
    {
        var import = database.Provider == DatabaseProvider.PostgreSql ? "import" : $"import --output {database.FilePath}";
        return condition.Problem == DatabaseProblem.Unreadable
            ? "Check that this process may read it (file permissions; on PostgreSQL the server, the connection string and the role)."
            : options.BuildOnStartup
                ? $"Build it anew with '{import}'."
                : $"Build it with '{import}' or enable {DatabaseOptions.SectionName}:{nameof(DatabaseOptions.BuildOnStartup)}.";
    }
}
