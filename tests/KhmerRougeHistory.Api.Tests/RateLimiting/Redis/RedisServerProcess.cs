using System.Diagnostics;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using StackExchange.Redis;

namespace KhmerRougeHistory.Api.Tests.RateLimiting.Redis;

/// <summary>
/// A redis-server of one test's own (<see cref="RedisServer.RequiredBinary"/>) on 127.0.0.1 and a free port, without
/// persistence, that the test may stop and start again on the same port: an outage and a recovery of the store.
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private Process? _process;

    private RedisServerProcess(int port) => Port = port;

    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string of the server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServerProcess> StartAsync()
    {
        var server = new RedisServerProcess(LoopbackPorts.Unused());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again, empty: it keeps nothing) and waits until it answers.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(RedisServer.RequiredBinary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no", "--dir", Path.GetTempPath() })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var redis = await ConnectAsync();
                await redis.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (deadline.Elapsed < TimeSpan.FromSeconds(10) && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Kills the server at once, as a crash would.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Freezes (SIGSTOP) or thaws (SIGCONT) the server: connections stay open and nothing answers.</summary>
    public async Task SignalAsync(string signal)
    {
        var process = _process ?? throw new InvalidOperationException("The server is not running.");
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {process.Id} failed with exit code {kill.ExitCode}.");
        }
    }

    /// <summary>A client of the test's own, to look at what the API stored.</summary>
    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync($"{ConnectionString},connectTimeout=1000");

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            // A frozen server would not die of SIGKILL any later, but would leave the test's clients hanging.
            await SignalAsync("CONT");
        }

        await StopAsync();
    }

}
