using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Diagnostics;

/// <summary>
/// A start that cannot go on ends with one error in the log, saying why in words an operator acts on (no stack
/// trace: the cause is not a bug to debug), and exit code <see cref="ExitCode"/>, instead of an unhandled exception.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 1;

    public static async Task<int> ExitAsync(WebApplication app, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(failure);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupFailure).FullName!);
        var reason = Describe(failure);
        Log.CannotStart(logger, reason);
        // Disposing the application flushes the console logger, whose queue would otherwise die with the process.
        await app.DisposeAsync();
        return ExitCode;
    }

    private static string Describe(Exception failure) => failure switch
    {
        OptionsValidationException options => string.Join(" ", options.Failures),
        AggregateException { InnerExceptions.Count: 1 } single => Describe(single.InnerException!),
        // Our own exceptions and the framework's configuration errors say what is wrong in their message.
        Data.DatabaseUnavailableException or Import.ImportException or InvalidOperationException or IOException => failure.Message,
        _ => $"{failure.GetType().Name}: {failure.Message}",
    };
}
