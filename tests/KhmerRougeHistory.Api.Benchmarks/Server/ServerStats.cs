namespace KhmerRougeHistory.Api.Benchmarks.Server;

/// <summary>
/// The server process's counters, read before and after a measurement. <paramref name="CpuMicroseconds"/> is the
/// process's processor time (user and kernel, all threads): per request it is the server's own cost, which the load
/// generator and other work on the machine disturb less than they disturb latency.
/// </summary>
internal sealed record ServerStats(long SqlStatements, long AllocatedBytes, long WorkingSet, long PeakWorkingSet, long HeapSize, long CpuMicroseconds);
