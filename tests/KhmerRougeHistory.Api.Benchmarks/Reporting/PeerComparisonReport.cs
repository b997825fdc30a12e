using System.Globalization;
using System.Text;
using KhmerRougeHistory.Api.Benchmarks.Load;

namespace KhmerRougeHistory.Api.Benchmarks.Reporting;

/// <summary>The comparison with the Node peer as Markdown: what run.sh printed, with how it was run and the load average around it.</summary>
internal static class PeerComparisonReport
{
    public static string Write(PeerComparisonResult peer)
    {
        var md = new StringBuilder();
        md.AppendLine("#### Against the Node peer (../shared/bench/run.sh)");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"This checkout's Release build (rate limits out of the way) and the Node peer (mercurius, graphql-jit, better-sqlite3; one process) on the API's own curated history.db, the same JSON checked first, then loaded in turn by autocannon: {peer.Connections} connections, {peer.Seconds} s per row after a warm-up as long. Load average before: {peer.LoadBefore}; after: {peer.LoadAfter}.");
        md.AppendLine();
        foreach (var note in Lines(peer.Notes))
        {
            md.AppendLine(note).AppendLine();
        }

        // The rows as run.sh prints them; its closing line of ratios after a blank line, or Markdown would read it as a row.
        var lines = Lines(peer.Output);
        md.AppendLine(string.Join('\n', lines.Where(IsRow)));
        md.AppendLine();
        md.AppendLine(string.Join('\n', lines.Where(l => !IsRow(l))));
        md.AppendLine();
        return md.ToString();
    }

    private static bool IsRow(string line) => line.StartsWith('|');

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
