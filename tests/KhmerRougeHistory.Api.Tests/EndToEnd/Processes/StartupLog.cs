using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>What a server process that could not start wrote: one error that says why, and no stack trace.</summary>
public static class StartupLog
{
    /// <summary>
    /// Starts a server process that must refuse to start: it exits 1 and logs one error naming <paramref name="cause"/>.
    /// Returns what it wrote.
    /// </summary>
    public static async Task<string> AssertRefusedToStartAsync(string cause, IReadOnlyDictionary<string, string?> settings, int? user = null, params string[] arguments)
    {
        await using var api = ApiProcess.Start(settings, user, arguments);
        Assert.Equal(1, await api.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        AssertOneError(api.Output, cause);
        return api.Output;
    }

    public static void AssertOneError(string output, string cause)
    {
        var errors = output.Split('\n').Count(line => line.StartsWith("crit:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal));
        Assert.True(errors == 1, $"Expected one error in the log, found {errors}:\n{output}");
        Assert.Contains("The API cannot start:", output, StringComparison.Ordinal);
        Assert.Contains(cause, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", output);
    }
}
