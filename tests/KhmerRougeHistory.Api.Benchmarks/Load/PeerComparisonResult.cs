namespace KhmerRougeHistory.Api.Benchmarks.Load;

/// <summary>
/// What <c>run.sh</c> printed: its table and throughput ratios (<paramref name="Output"/>), which operations the peer
/// answers (<paramref name="Notes"/>, its standard error), and how busy the machine was before and after.
/// </summary>
internal sealed record PeerComparisonResult(int Seconds, int Connections, string Output, string Notes, string LoadBefore, string LoadAfter);
