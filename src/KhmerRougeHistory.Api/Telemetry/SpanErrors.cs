using System.Diagnostics;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>How the API's spans say that they failed: error status with a description, and <c>error.type</c>.</summary>
internal static class SpanErrors
{
    /// <summary>The semantic conventions' <c>error.type</c> when nothing more specific is known.</summary>
    public const string OtherError = "_OTHER";

    public static void MarkFailed(this Activity activity, string errorType, string? description)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.SetStatus(ActivityStatusCode.Error, description);
        activity.SetTag(TelemetryNames.ErrorType, errorType);
    }
}
