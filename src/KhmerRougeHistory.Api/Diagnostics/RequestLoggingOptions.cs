namespace KhmerRougeHistory.Api.Diagnostics;

/// <summary>
/// The structured log entry written for each GraphQL request (event 3040): method, operation name, status,
/// duration, cost and client address, never the query's variables. Defaults: on (<see cref="Enabled"/>), without
/// the query hash (<see cref="LogQueryHash"/>).
/// </summary>
public sealed class RequestLoggingOptions
{
    public const string SectionName = "RequestLogging";

    /// <summary>Write one Information entry per GraphQL request. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Add the SHA-256 of the query text (lower-case hex, the hash automatic persisted queries use) to each entry,
    /// so that requests for the same query can be grouped without logging its text. Default: false.
    /// </summary>
    public bool LogQueryHash { get; set; }
}
