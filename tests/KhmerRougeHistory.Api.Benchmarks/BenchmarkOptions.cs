using System.Globalization;

namespace KhmerRougeHistory.Api.Benchmarks;

/// <summary>
/// Command-line options: <c>--persons --claims --concurrency --duration --warmup</c>, and <c>--export</c>: which export
/// files the <c>export</c> part downloads, as name endings with an optional content coding (<c>.db,.jsonl:gzip</c>).
/// </summary>
internal sealed record BenchmarkOptions(int Persons = 100_000, int Claims = 1_000_000, int Concurrency = 8, int DurationSeconds = 5, int WarmupSeconds = 2, string? Export = null)
{
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (args[i] == "--export")
            {
                options = options with { Export = args[i + 1] };
                continue;
            }

            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--persons" => options with { Persons = value },
                "--claims" => options with { Claims = value },
                "--concurrency" => options with { Concurrency = value },
                "--duration" => options with { DurationSeconds = value },
                "--warmup" => options with { WarmupSeconds = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --persons --claims --concurrency --duration --warmup --export."),
            };
        }

        return options;
    }
}
