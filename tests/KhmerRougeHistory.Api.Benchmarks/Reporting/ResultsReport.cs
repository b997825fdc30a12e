using System.Globalization;
using System.Text;
using KhmerRougeHistory.Api.Benchmarks.Load;

namespace KhmerRougeHistory.Api.Benchmarks.Reporting;

/// <summary>The load results as Markdown tables, with the ratios the targets are stated in.</summary>
internal static class ResultsReport
{
    public static string Write(IReadOnlyList<DatabaseLoadResults> databases, IReadOnlyDictionary<string, (double FirstRequest, double FirstOperation)> startup, int concurrency, TimeSpan duration)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"HTTP on loopback, {concurrency} concurrent clients, {duration.TotalSeconds:F0} s per row after a warm-up; one server process per database (server GC, limits moved out of the way by configuration).");
        md.AppendLine();
        foreach (var db in databases)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"#### {db.Database}");
            md.AppendLine();
            md.AppendLine("| operation | req/s | p50 ms | p99 ms | server CPU µs/request | SQL/request | SQL at first: 5 / 50 | allocated/request | answer bytes / values | failed |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in db.Operations.Concat(db.Baselines).Concat(db.Keyset))
            {
                var byPage = db.StatementsByPageSize.TryGetValue(r.Target, out var s) ? $"{s.Small} / {s.Large}" : "";
                md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Target}{(r.Sequential ? " (alone, 3×)" : "")} | {r.RequestsPerSecond:F1} | {r.P50Milliseconds:F2} | {r.P99Milliseconds:F2} | {r.CpuMicrosecondsPerRequest:F0} | {r.SqlStatementsPerRequest} | {byPage} | {Kib(r.AllocatedBytesPerRequest)} | {r.Answer.Bytes:N0} / {r.Answer.Values:N0} | {r.Failures} |");
            }

            foreach (var note in db.Notes)
            {
                md.AppendLine().AppendLine(note);
            }

            if (db.ServerStats is { } stats)
            {
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"Server memory at the end: working set {Mib(stats.WorkingSet)}, peak {Mib(stats.PeakWorkingSet)}, GC heap {Mib(stats.HeapSize)}.");
            }

            md.AppendLine();
        }

        Ratios(md, databases);
        GrowthWithTheData(md, databases);
        md.AppendLine("#### Start-up (process start → answer), existing database");
        md.AppendLine();
        md.AppendLine("| database | first request ms | first PersonNames ms |");
        md.AppendLine("|---|---:|---:|");
        foreach (var (name, (first, operation)) in startup)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {first:F0} | {operation:F0} |");
        }

        return md.ToString();
    }

    private static void Ratios(StringBuilder md, IReadOnlyList<DatabaseLoadResults> databases)
    {
        md.AppendLine("#### Ratios (same run)");
        md.AppendLine();
        md.AppendLine("| comparison | database | ratio of time per request (mean latency) | p50 ratio |");
        md.AppendLine("|---|---|---:|---:|");
        foreach (var db in databases)
        {
            foreach (var baseline in db.Baselines)
            {
                var api = db.Operations.Single(o => baseline.Target.StartsWith(o.Target + " ", StringComparison.Ordinal));
                md.AppendLine(CultureInfo.InvariantCulture, $"| API / baseline, {api.Target} | {db.Database} | {api.MeanMilliseconds / baseline.MeanMilliseconds:F2}× | {api.P50Milliseconds / baseline.P50Milliseconds:F2}× |");
            }

            for (var i = 0; i + 1 < db.Keyset.Count; i += 2)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {db.Keyset[i + 1].Target} / first page | {db.Database} | {db.Keyset[i + 1].MeanMilliseconds / db.Keyset[i].MeanMilliseconds:F2}× | {db.Keyset[i + 1].P50Milliseconds / db.Keyset[i].P50Milliseconds:F2}× |");
            }
        }

        md.AppendLine();
    }

    /// <summary>
    /// Each bigger database against curated, per operation (the one place the databases are compared): time (mean
    /// and p50) and server CPU, the answer's size, and the CPU ratio beyond the answer's growth (divided by how many
    /// times more values the answer has, when it has more), which tells a cost that grows with the data behind an
    /// answer from one that grows with the answer itself (a page that is full on the bigger database).
    /// </summary>
    private static void GrowthWithTheData(StringBuilder md, IReadOnlyList<DatabaseLoadResults> databases)
    {
        if (databases.FirstOrDefault(d => d.Database == "curated") is not { } curated)
        {
            return;
        }

        foreach (var db in databases.Where(d => d != curated))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"#### {db.Database} against curated: time, CPU and the answer (same run)");
            md.AppendLine();
            md.AppendLine("| operation | mean latency | p50 latency | server CPU per request | answer values | server CPU beyond the answer's growth |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var op in db.Operations)
            {
                var small = curated.Operations.Single(o => o.Target == op.Target);
                var values = op.Answer.Values / (double)small.Answer.Values;
                var cpu = op.CpuMicrosecondsPerRequest / small.CpuMicrosecondsPerRequest;
                md.AppendLine(CultureInfo.InvariantCulture, $"| {op.Target} | {op.MeanMilliseconds / small.MeanMilliseconds:F2}× | {op.P50Milliseconds / small.P50Milliseconds:F2}× | {cpu:F2}× | {op.Answer.Values:N0} / {small.Answer.Values:N0} ({values:F2}×) | {cpu / Math.Max(1, values):F2}× |");
            }

            md.AppendLine();
        }
    }

    private static string Kib(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:F0} KiB");

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F0} MiB");
}
