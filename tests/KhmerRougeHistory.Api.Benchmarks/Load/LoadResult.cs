namespace KhmerRougeHistory.Api.Benchmarks.Load;

/// <summary>One load measurement: a fixed number of clients sending the same request for a fixed time.</summary>
internal sealed record LoadResult(
    string Database,
    string Target,
    long Requests,
    long Failures,
    double RequestsPerSecond,
    double P50Milliseconds,
    double P99Milliseconds,
    double SqlStatementsPerRequest,
    double AllocatedBytesPerRequest,
    long ServerWorkingSet)
{
    public double MeanMilliseconds { get; init; }

    /// <summary>The server process's processor time per request (see <see cref="Server.ServerStats"/>).</summary>
    public double CpuMicrosecondsPerRequest { get; init; }

    /// <summary>The size of the answer measured: what a request costs follows it, not only the data behind it.</summary>
    public AnswerSize Answer { get; init; }

    /// <summary>Too slow to load: measured alone, three requests in a row (req/s is then one client's).</summary>
    public bool Sequential { get; init; }
}
