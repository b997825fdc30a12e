using System.Globalization;
using System.Text;
using KhmerRougeHistory.Api.Benchmarks.Export;

namespace KhmerRougeHistory.Api.Benchmarks.Reporting;

/// <summary>The <c>export</c> part's table: per database and file, size, time, throughput and the server's memory.</summary>
internal static class ExportReport
{
    public static string Write(IReadOnlyList<ExportResult> results)
    {
        var report = new StringBuilder();
        report.AppendLine("#### Export downloads (one fresh server process per file, loopback)").AppendLine();
        report.AppendLine("| database | file | coding | bytes sent | time | MB/s | working set before → peak | managed heap before → peak | allocated |");
        report.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {r.Database} | `{r.File}` | {r.Coding} | {r.Bytes:N0} | {r.Elapsed.TotalSeconds:F1} s | {r.Bytes / 1e6 / Math.Max(r.Elapsed.TotalSeconds, 1e-3):F0} | {Mib(r.WorkingSetBefore)} → {Mib(r.PeakWorkingSet)} MiB | {Mib(r.HeapBefore)} → {Mib(r.PeakHeap)} MiB | {r.AllocatedBytes / 1e6:N0} MB |");
        }

        return report.AppendLine().ToString();
    }

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);
}
