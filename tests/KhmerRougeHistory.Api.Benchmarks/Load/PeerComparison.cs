using System.Diagnostics;
using System.Globalization;
using System.Text;
using KhmerRougeHistory.Api.Benchmarks.Reporting;

namespace KhmerRougeHistory.Api.Benchmarks.Load;

/// <summary>
/// The API against what a user would pick instead: <c>../shared/bench/run.sh</c> checks that a Node GraphQL server
/// over the same history.db gives the same JSON, then loads this checkout's Release build and that peer in turn.
/// The script is run as it is and its table reported as printed, so this report and a run by hand agree.
/// </summary>
internal static class PeerComparison
{
    // run.sh waits for both servers with curl, starts the peer with node and installs it with npm the first time.
    private static readonly string[] _tools = ["node", "npm", "curl"];

    public static string Script => Path.Combine(BenchmarkPaths.SharedDirectory, "bench", "run.sh");

    /// <summary>Why the comparison cannot run here, or null. Checked before anything is measured, so <c>all</c> fails at once, not after the load tests.</summary>
    public static string? WhatIsMissing()
    {
        if (!File.Exists(Script))
        {
            return $"The peer comparison needs {Script}: the shared folder beside the repository (../shared, where the tests find it).";
        }

        var tools = _tools.Where(tool => !OnPath(tool)).ToList();
        if (tools.Count > 0)
        {
            return $"The peer comparison needs {string.Join(", ", tools)} on PATH (run.sh starts the Node peer and installs it with npm).";
        }

        // run.sh loads bin/Release of the API. A Debug run of the benchmarks builds the API in Debug only, which would
        // leave a missing or an older Release build there: require the very build this process runs with.
        var api = BenchmarkPaths.ApiAssembly("Release");
        if (!File.Exists(api) || !File.ReadAllBytes(api).AsSpan().SequenceEqual(File.ReadAllBytes(typeof(Program).Assembly.Location)))
        {
            return $"The peer comparison loads the API's Release build, {api}, which is missing or not the build this benchmark runs with: run the benchmarks with -c Release.";
        }

        return null;
    }

    public static async Task<PeerComparisonResult> RunAsync(int seconds, int connections, TextWriter log)
    {
        var loadBefore = MachineInfo.Load();
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Script, BenchmarkPaths.Root, seconds.ToString(CultureInfo.InvariantCulture), connections.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = EchoAsync(process.StandardOutput, log);
        var notes = EchoAsync(process.StandardError, log);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            // "answers differ" (the API's JSON changed) is printed on standard output, a failure of the script on standard error.
            throw new InvalidOperationException($"{Script} exited with code {process.ExitCode}:\n{await output}{await notes}");
        }

        return new PeerComparisonResult(seconds, connections, await output, await notes, loadBefore, MachineInfo.Load());
    }

    // Shown as they come (a row every few seconds) and kept for the report.
    private static async Task<string> EchoAsync(StreamReader reader, TextWriter log)
    {
        var kept = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line)
        {
            await log.WriteLineAsync("  " + line);
            kept.AppendLine(line);
        }

        return kept.ToString();
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, tool)));
}
