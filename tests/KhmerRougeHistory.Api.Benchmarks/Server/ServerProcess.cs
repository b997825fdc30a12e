using System.Diagnostics;
using System.Net.Http.Json;

namespace KhmerRougeHistory.Api.Benchmarks.Server;

/// <summary>The benchmark server (<see cref="ServeCommand"/>) as a child process, so that the load generator's own work is not counted.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static int _nextPort = 5700 + (Environment.ProcessId % 100 * 20);

    private readonly Process _process;
    private readonly HttpClient _control;

    private ServerProcess(Process process, int port, int controlPort)
    {
        _process = process;
        ApiUrl = new Uri($"http://127.0.0.1:{port}/graphql");
        BaselineUrl = new Uri($"http://127.0.0.1:{controlPort}/baseline");
        _control = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{controlPort}/") };
    }

    public Uri ApiUrl { get; }

    public Uri BaselineUrl { get; }

    public static async Task<ServerProcess> StartAsync(string databasePath)
    {
        var port = Interlocked.Add(ref _nextPort, 2);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        foreach (var arg in new[] { ServeCommand.Name, "--db", databasePath, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--control-port", (port + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        // The API ships as a web app, which uses the server garbage collector.
        start.Environment["DOTNET_gcServer"] = "1";
        var process = Process.Start(start)!;
        var server = new ServerProcess(process, port, port + 1);
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line == "READY")
            {
                return server;
            }
        }

        await process.WaitForExitAsync();
        throw new InvalidOperationException($"The benchmark server exited with code {process.ExitCode} before it was ready.");
    }

    public async Task<ServerStats> StatsAsync() => (await _control.GetFromJsonAsync<ServerStats>("stats"))!;

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000))
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _control.Dispose();
    }
}
