using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Diagnostics;

/// <summary>
/// A start that cannot go on ends with one error in the log, saying why in words an operator acts on (the stack trace
/// only at Debug: the cause is a setting, a file or a port, not a bug to debug), and exit code <see cref="ExitCode"/>,
/// instead of an unhandled exception.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 1;

    /// <summary>Logs why the start failed and returns the exit code; <paramref name="app"/> is null when building it failed.</summary>
    public static async Task<int> ExitAsync(WebApplication? app, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var loggers = app?.Services.GetRequiredService<ILoggerFactory>() ?? LoggerFactory.Create(logging => logging.AddSimpleConsole());
        var logger = loggers.CreateLogger(typeof(StartupFailure).FullName!);
        var reason = Describe(failure);
        Log.CannotStart(logger, reason);
        Log.StartFailureDetails(logger, failure);

        // Disposing flushes the console logger, whose queue would otherwise die with the process.
        if (app is null)
        {
            loggers.Dispose();
        }
        else
        {
            await app.DisposeAsync();
        }

        return ExitCode;
    }

    internal static string Describe(Exception failure) => failure switch
    {
        OptionsValidationException options => string.Join(" ", options.Failures),
        AggregateException { InnerExceptions.Count: 1 } single => Describe(single.InnerException!),
        _ => failure.Message,
    };
}
