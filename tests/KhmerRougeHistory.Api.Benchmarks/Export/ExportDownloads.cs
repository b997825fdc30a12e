using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Benchmarks.Operations;
using KhmerRougeHistory.Api.Benchmarks.Server;

namespace KhmerRougeHistory.Api.Benchmarks.Export;

/// <summary>
/// <c>export</c>: each export file downloaded once over loopback from a fresh server process (so that one file's peak
/// memory is not another's), timed, with the server's memory sampled while it streams. The point is that the
/// server's memory stays flat whatever the file's size.
/// </summary>
internal static class ExportDownloads
{
    /// <summary>The files measured by default: how each listed name ends, and the content coding asked for.</summary>
    public static IReadOnlyList<(string Suffix, string Coding)> DefaultFiles { get; } =
        [(".db", "identity"), (".jsonl", "identity"), (".jsonl", "gzip"), ("-claims.csv", "identity")];

    /// <summary><c>--export .db,.jsonl:gzip</c>: those files only; without it, <see cref="DefaultFiles"/>.</summary>
    public static IReadOnlyList<(string Suffix, string Coding)> Parse(string? files) => files is null
        ? DefaultFiles
        : [.. files.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.Split(':') is [var suffix, var coding] ? (suffix, coding) : (f, "identity"))];

    private static readonly TimeSpan _sampleEvery = TimeSpan.FromMilliseconds(100);

    public static async Task<List<ExportResult>> RunAsync(BenchmarkDatabase database, IReadOnlyList<(string Suffix, string Coding)> files, TextWriter log)
    {
        var results = new List<ExportResult>();
        foreach (var (suffix, coding) in files)
        {
            await using var server = await ServerProcess.StartAsync(database.FilePath);
            using var client = new HttpClient { BaseAddress = new Uri(server.ApiUrl, "/"), Timeout = TimeSpan.FromHours(1) };
            var url = await UrlAsync(client, suffix);
            var before = await server.StatsAsync();

            using var sampling = new CancellationTokenSource();
            var sampler = SampleAsync(server, sampling.Token);
            var clock = Stopwatch.StartNew();
            var bytes = await DownloadAsync(client, url, coding);
            clock.Stop();
            await sampling.CancelAsync();
            var (peakWorkingSet, peakHeap) = await sampler;
            var after = await server.StatsAsync();

            var result = new ExportResult(
                database.Name,
                suffix,
                coding,
                bytes,
                clock.Elapsed,
                before.WorkingSet,
                Math.Max(peakWorkingSet, after.WorkingSet),
                before.HeapSize,
                Math.Max(peakHeap, after.HeapSize),
                after.AllocatedBytes - before.AllocatedBytes);
            results.Add(result);
            await log.WriteLineAsync($"Export {database.Name} {suffix} ({coding}): {bytes:N0} bytes in {clock.Elapsed.TotalSeconds:F1} s, working set {before.WorkingSet / 1048576} → at most {result.PeakWorkingSet / 1048576} MiB.");
        }

        return results;
    }

    private static async Task<string> UrlAsync(HttpClient client, string suffix)
    {
        var listing = JsonNode.Parse(await client.GetStringAsync(new Uri("export", UriKind.Relative)))!;
        return (string)listing["files"]!.AsArray().Single(f => ((string)f!["name"]!).EndsWith(suffix, StringComparison.Ordinal))!["url"]!;
    }

    /// <summary>Reads the body as it comes and throws it away: the client holds no more than a buffer either.</summary>
    private static async Task<long> DownloadAsync(HttpClient client, string url, string coding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81_920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static async Task<(long WorkingSet, long Heap)> SampleAsync(ServerProcess server, CancellationToken stop)
    {
        var (workingSet, heap) = (0L, 0L);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var stats = await server.StatsAsync();
                (workingSet, heap) = (Math.Max(workingSet, stats.WorkingSet), Math.Max(heap, stats.HeapSize));
                await Task.Delay(_sampleEvery, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The download is done.
        }

        return (workingSet, heap);
    }
}
