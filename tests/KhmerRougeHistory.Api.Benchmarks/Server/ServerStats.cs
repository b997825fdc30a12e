namespace KhmerRougeHistory.Api.Benchmarks.Server;

/// <summary>The server process's counters, read before and after a measurement.</summary>
internal sealed record ServerStats(long SqlStatements, long AllocatedBytes, long WorkingSet, long PeakWorkingSet, long HeapSize);
