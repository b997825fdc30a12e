using System.Diagnostics;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// The API's own instrumentation: one <see cref="ActivitySource"/> for GraphQL and SQL spans and one meter name for
/// GraphQL metrics, both called <see cref="Name"/>. The source is static, as .NET intends: while nothing listens to
/// it, <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null and every span costs a null check.
/// </summary>
public static class HistoryTelemetry
{
    /// <summary>The name of the activity source and of the meter (what an OpenTelemetry SDK subscribes to).</summary>
    public const string Name = "KhmerRougeHistory.Api";

    internal static readonly ActivitySource ActivitySource = new(Name, typeof(HistoryTelemetry).Assembly.GetName().Version?.ToString());
}
