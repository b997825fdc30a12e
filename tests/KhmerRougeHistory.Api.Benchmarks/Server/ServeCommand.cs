using System.Diagnostics;
using KhmerRougeHistory.Api.Benchmarks.Baseline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KhmerRougeHistory.Api.Benchmarks.Server;

/// <summary>
/// <c>serve --db PATH --port N --control-port M</c>, run as a child process by the load test: the real API on
/// loopback port N; on port M the hand-written baseline (<c>POST /baseline</c>) and the process's counters
/// (<c>GET /stats</c>: SQL statements, allocated bytes, memory). Runs until its standard input closes.
/// </summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static async Task<int> RunAsync(string databasePath, int port, int controlPort)
    {
        await using var api = new BenchmarkServerFactory(databasePath, ServerLimits.OutOfTheWay);
        api.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
        api.StartServer();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(options => options.Listen(System.Net.IPAddress.Loopback, controlPort));
        await using var control = builder.Build();
        var baseline = new BaselineHandlers(databasePath);
        control.MapPost("/baseline", baseline.HandleAsync);
        control.MapGet("/stats", () =>
        {
            using var process = Process.GetCurrentProcess();
            return Results.Json(new ServerStats(
                SqlStatementCounter.Count,
                GC.GetTotalAllocatedBytes(precise: false),
                process.WorkingSet64,
                process.PeakWorkingSet64,
                GC.GetGCMemoryInfo().HeapSizeBytes,
                (long)process.TotalProcessorTime.TotalMicroseconds));
        });
        await control.StartAsync();
        await Console.Out.WriteLineAsync("READY");
        await Console.Out.FlushAsync();
        await Console.In.ReadToEndAsync();
        await control.StopAsync();
        return 0;
    }
}
