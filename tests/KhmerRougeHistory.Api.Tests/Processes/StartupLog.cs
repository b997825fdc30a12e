namespace KhmerRougeHistory.Api.Tests.Processes;

/// <summary>What a server process that could not start wrote: one error that says why, and no stack trace.</summary>
public static class StartupLog
{
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
