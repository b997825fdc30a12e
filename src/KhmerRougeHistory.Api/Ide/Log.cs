namespace KhmerRougeHistory.Api.Ide;

internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Serving the Banana Cake Pop IDE at {Path} from {Directory}.")]
    public static partial void ServingIde(ILogger logger, string path, string directory);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "The Banana Cake Pop IDE is disabled ({Section}:Enabled is false).")]
    public static partial void IdeDisabled(ILogger logger, string section);
}
