using KhmerRougeHistory.Api.Data;

namespace KhmerRougeHistory.Api.Import;

/// <summary>
/// <c>import [--output PATH] [--data DIR] [--documents DIR]</c>: builds the database alone, for the
/// Dockerfile and for operators. With <c>--documents</c> it also checks every quote against the source documents.
/// With <c>Database:Provider</c> <c>PostgreSql</c> it builds the configured schema instead of a file (no <c>--output</c>).
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    public static async Task<int> RunAsync(IConfiguration configuration, string contentRoot, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is not ("--output" or "--data" or "--documents") || i + 1 >= args.Count)
            {
                await error.WriteLineAsync($"Unknown or incomplete argument '{args[i]}'. Usage: import [--output PATH] [--data DIR] [--documents DIR]");
                return 2;
            }

            options[args[i]] = args[++i];
        }

        var databaseOptions = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (databaseOptions.Provider == DatabaseProvider.PostgreSql && options.ContainsKey("--output"))
        {
            await error.WriteLineAsync(
                $"--output names a SQLite file. With {DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} PostgreSql the import builds " +
                $"the schema {DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Schema)} of the database ConnectionStrings:{DatabaseOptions.ConnectionStringName} names.");
            return 2;
        }

        var defaults = HistoryDatabase.Resolve(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName), contentRoot, databaseOptions);
        var target = options.TryGetValue("--output", out var o) ? new HistoryDatabase(Path.GetFullPath(o), defaults.DataDirectory) : defaults;
        var dataDirectory = options.TryGetValue("--data", out var d) ? Path.GetFullPath(d) : defaults.DataDirectory;
        try
        {
            var dataset = await HistoryImporter.ImportAsync(
                dataDirectory, target, TimeProvider.System, options.GetValueOrDefault("--documents"), databaseOptions.BuildLockTimeout);
            await output.WriteLineAsync(
                $"Built {target.Location}: {dataset.Sources.Count} sources, {dataset.Subjects.Count} subjects, {dataset.Claims.Count} claims, " +
                $"{dataset.Claims.Sum(c => c.Citations.Count)} citations, {dataset.Groups.Count} claim groups.");
            return 0;
        }
        catch (Exception e) when (e is ImportException or Sqlite.SqliteBuildException or TimeoutException)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
