namespace KhmerRougeHistory.Api.Diagnostics;

/// <summary>Serving until the host is told to stop, and ending with an exit code rather than an unhandled exception.</summary>
public static class Serving
{
    /// <summary>Waits for the host to stop and returns the exit code: 0, or 1 with one logged error if stopping failed.</summary>
    public static async Task<int> UntilStoppedAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.WaitForShutdownAsync();
            return 0;
        }
        catch (Exception e)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Serving).FullName!);
            var reason = StartupFailure.Describe(e);
            Log.CannotStopCleanly(logger, reason, e);
            return StartupFailure.ExitCode;
        }
    }
}
