using System.Diagnostics;
using KhmerRougeHistory.Api.Benchmarks.Operations;
using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Import.Synthetic;

namespace KhmerRougeHistory.Api.Benchmarks;

/// <summary>The curated database (rebuilt each run, it takes a second) and the synthetic one (generated once, then reused).</summary>
internal static class BenchmarkDatabases
{
    public static async Task<IReadOnlyList<BenchmarkDatabase>> PrepareAsync(BenchmarkOptions options, TextWriter log)
    {
        var curated = Path.Combine(BenchmarkPaths.WorkDirectory, "curated.db");
        await HistoryImporter.ImportAsync(BenchmarkPaths.DataDirectory, curated, TimeProvider.System);

        var name = $"synthetic-{options.Claims / 1000}k";
        var synthetic = Path.Combine(BenchmarkPaths.WorkDirectory, $"{name}-{options.Persons}.db");
        if (!File.Exists(synthetic))
        {
            await log.WriteLineAsync($"Generating {synthetic} ({options.Persons:N0} persons, {options.Claims:N0} claims) ...");
            var clock = Stopwatch.StartNew();
            var summary = await SyntheticDataGenerator.GenerateAsync(new SyntheticDataSize(options.Persons, options.Claims), synthetic, TimeProvider.System);
            await log.WriteLineAsync($"Generated in {clock.Elapsed.TotalSeconds:F0} s: {summary}.");
        }

        return [BenchmarkDatabase.Curated(curated), BenchmarkDatabase.Synthetic(name, synthetic)];
    }
}
