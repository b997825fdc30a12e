using KhmerRougeHistory.Api.Data;

namespace KhmerRougeHistory.Api.Import;

/// <summary>
/// <c>import [--output PATH] [--data DIR] [--documents DIR]</c>: builds the database alone, for the
/// Dockerfile and for operators. With <c>--documents</c> it also checks every quote against the source documents.
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

        var defaults = HistoryDatabase.Resolve(
            configuration.GetConnectionString(DatabaseOptions.ConnectionStringName),
            contentRoot,
            configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.DataDirectory)}"]);
        var outputPath = options.TryGetValue("--output", out var o) ? Path.GetFullPath(o) : defaults.FilePath;
        var dataDirectory = options.TryGetValue("--data", out var d) ? Path.GetFullPath(d) : defaults.DataDirectory;
        try
        {
            var dataset = await HistoryImporter.ImportAsync(
                dataDirectory, outputPath, TimeProvider.System, options.GetValueOrDefault("--documents"));
            await output.WriteLineAsync(
                $"Built {outputPath}: {dataset.Sources.Count} sources, {dataset.Subjects.Count} subjects, {dataset.Claims.Count} claims, " +
                $"{dataset.Claims.Sum(c => c.Citations.Count)} citations, {dataset.Groups.Count} claim groups.");
            return 0;
        }
        catch (ImportException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
