using System.Diagnostics;
using System.Globalization;

namespace KhmerRougeHistory.Api.Import.Synthetic;

/// <summary>
/// <c>synthetic --output PATH [--persons N] [--claims N] [--sources N] [--seed N]</c>: writes a synthetic database
/// for benchmarks and scale tests. Serve it with <c>Database__BuildOnStartup=false</c>, or the API rebuilds the
/// file from the curated data. SQLite only: it writes a file whatever <c>Database:Provider</c> says.
/// </summary>
public static class SyntheticDataCommand
{
    public const string Name = "synthetic";

    private const string Usage = "Usage: synthetic --output PATH [--persons 100000] [--claims 1000000] [--sources 200] [--seed 1975]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var size = new SyntheticDataSize();
        string? path = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            var number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null;
            switch (args[i])
            {
                case "--output" when value is not null: path = value; break;
                case "--persons" when number is not null: size = size with { Persons = n }; break;
                case "--claims" when number is not null: size = size with { Claims = n }; break;
                case "--sources" when number is not null: size = size with { Sources = n }; break;
                case "--seed" when number is not null: size = size with { Seed = n }; break;
                default:
                    await error.WriteLineAsync($"Unknown or incomplete argument '{args[i]}'. {Usage}");
                    return 2;
            }

            i++;
        }

        if (path is null)
        {
            await error.WriteLineAsync($"--output is required. {Usage}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var summary = await SyntheticDataGenerator.GenerateAsync(size, path, TimeProvider.System);
        await output.WriteLineAsync($"Built {Path.GetFullPath(path)} in {clock.Elapsed.TotalSeconds:F0} s: {summary}.");
        return 0;
    }
}
