using System.Globalization;
using KhmerRougeHistory.Api.Benchmarks.Export;
using KhmerRougeHistory.Api.Benchmarks.InProcess;
using KhmerRougeHistory.Api.Benchmarks.Load;
using KhmerRougeHistory.Api.Benchmarks.Operations;
using KhmerRougeHistory.Api.Benchmarks.Reporting;
using KhmerRougeHistory.Api.Benchmarks.Server;

namespace KhmerRougeHistory.Api.Benchmarks;

/// <summary>
/// <c>all | load | inprocess | startup | peer | export</c>: see README.md beside this file. Not top-level statements: the API's
/// own <c>Program</c> is the entry point WebApplicationFactory starts.
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        // WebApplicationFactory finds the API's content root through MvcTestingAppManifest.json in the current directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);

        // serve: the child process the load test talks to (internal).
        if (args is [ServeCommand.Name, "--db", var db, "--port", var port, "--control-port", var control])
        {
            return await ServeCommand.RunAsync(db, int.Parse(port, CultureInfo.InvariantCulture), int.Parse(control, CultureInfo.InvariantCulture));
        }

        if (args is not [("all" or "load" or "inprocess" or "startup" or "peer" or "export") and var command, .. var rest])
        {
            await Console.Error.WriteLineAsync("Usage: all | load | inprocess | startup | peer | export [--persons 100000] [--claims 1000000] [--concurrency 8] [--duration 5] [--warmup 2] [--export .db,.jsonl:gzip]");
            return 2;
        }

        var options = BenchmarkOptions.Parse(rest);
        if (command is "all" or "peer" && PeerComparison.WhatIsMissing() is { } missing)
        {
            await Console.Error.WriteLineAsync(missing);
            return 1;
        }

        var log = Console.Out;
        var report = new System.Text.StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {MachineInfo.Describe()}. Load average at start: {MachineInfo.Load()}.");
        report.AppendLine();

        // The curated database and the synthetic one (generated on the first run, then reused); the peer comparison
        // needs neither: run.sh serves the database the API builds beside itself.
        IReadOnlyList<BenchmarkDatabase> databases = command == "peer" ? [] : await BenchmarkDatabases.PrepareAsync(options, log);

        // Start-up of the real API process on each existing database, median of three.
        var startup = new Dictionary<string, (double, double)>();
        if (command is "all" or "startup")
        {
            var api = BenchmarkPaths.ApiAssembly("Release");
            foreach (var database in databases)
            {
                var runs = new List<(double First, double Operation)>();
                for (var i = 0; i < 3; i++)
                {
                    runs.Add(await StartupProbe.MeasureAsync(api, database, 5690 + i));
                }

                startup[database.Name] = (runs.Select(r => r.First).Order().ElementAt(1), runs.Select(r => r.Operation).Order().ElementAt(1));
                await log.WriteLineAsync($"Start-up on {database.Name}: first request {startup[database.Name].Item1:F0} ms, first PersonNames {startup[database.Name].Item2:F0} ms.");
            }
        }

        // HTTP load on loopback: every operation, the baseline, keyset paging, SQL statements, allocations, memory.
        var load = new List<DatabaseLoadResults>();
        if (command is "all" or "load")
        {
            foreach (var database in databases)
            {
                await log.WriteLineAsync($"Load on {database.Name} ...");
                var scenario = new LoadScenario(options.Concurrency, TimeSpan.FromSeconds(options.DurationSeconds), TimeSpan.FromSeconds(options.WarmupSeconds), log);
                load.Add(await scenario.RunAsync(database));
            }
        }

        // Bulk export: each file of /export downloaded once per database from a fresh server, with its memory sampled.
        if (command is "all" or "export")
        {
            var exports = new List<ExportResult>();
            foreach (var database in databases)
            {
                exports.AddRange(await ExportDownloads.RunAsync(database, ExportDownloads.Parse(options.Export), log));
            }

            report.Append(ExportReport.Write(exports));
        }

        if (command is not ("peer" or "export"))
        {
            report.Append(ResultsReport.Write(load, startup, options.Concurrency, TimeSpan.FromSeconds(options.DurationSeconds)));
        }

        // The same operations against a Node GraphQL server over the same data, with the same clients and duration.
        if (command is "all" or "peer")
        {
            await log.WriteLineAsync($"Against the Node peer ({PeerComparison.Script}) ...");
            report.Append(PeerComparisonReport.Write(await PeerComparison.RunAsync(options.DurationSeconds, options.Concurrency, log)));
        }

        // In-process: parse/validate/execute of each operation, with BenchmarkDotNet's memory diagnoser.
        if (command is "all" or "inprocess")
        {
            var artifacts = Path.Combine(BenchmarkPaths.WorkDirectory, "BenchmarkDotNet");
            // On the curated data only: on the synthetic data some operations take seconds each (see RESULTS.md).
            InProcessRunner.Run([.. databases.Where(d => !d.IsSynthetic).Select(d => (d.Name, d.FilePath))], artifacts);
            var table = Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-github.md").OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
            if (table is not null)
            {
                report.AppendLine("#### In-process (BenchmarkDotNet)").AppendLine().AppendLine(await File.ReadAllTextAsync(table));
            }
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"Load average at the end: {MachineInfo.Load()}.");
        var file = Path.Combine(BenchmarkPaths.WorkDirectory, $"results-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        await File.WriteAllTextAsync(file, report.ToString());
        await log.WriteLineAsync();
        await log.WriteLineAsync(report.ToString());
        await log.WriteLineAsync($"Written to {file}; copy what changed into tests/KhmerRougeHistory.Api.Benchmarks/RESULTS.md.");
        return 0;
    }
}
