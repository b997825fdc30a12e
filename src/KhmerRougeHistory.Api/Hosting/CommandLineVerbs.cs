using KhmerRougeHistory.Api.Health;
using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Import.Synthetic;

namespace KhmerRougeHistory.Api.Hosting;

/// <summary>The verbs the API's executable runs instead of serving: each does its work and gives the exit code.</summary>
public static class CommandLineVerbs
{
    /// <summary>The exit code of the verb <paramref name="args"/> name, or null when they name none (then the API serves).</summary>
    public static async Task<int?> RunAsync(string[] args) => args switch
    {
        // "synthetic ...": write a large synthetic database for benchmarks (tests/KhmerRougeHistory.Api.Benchmarks).
        [SyntheticDataCommand.Name, ..] => await SyntheticDataCommand.RunAsync(args[1..], Console.Out, Console.Error),

        // "probe [url]": the container's health check asks a running API whether it is ready (exit code 0 or 1).
        [HealthProbeCommand.Name, ..] => await HealthProbeCommand.RunAsync(args[1..], Console.Out, TimeSpan.FromSeconds(3)),

        // "import ...": build the database alone (Dockerfile, operators), with the API's own configuration sources.
        [ImportCommand.Name, ..] => await ImportAsync(args),

        _ => null,
    };

    private static Task<int> ImportAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder();
        return ImportCommand.RunAsync(builder.Configuration, builder.Environment.ContentRootPath, args[1..], Console.Out, Console.Error);
    }
}
