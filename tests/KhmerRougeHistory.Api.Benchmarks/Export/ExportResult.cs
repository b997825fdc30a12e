namespace KhmerRougeHistory.Api.Benchmarks.Export;

/// <summary>
/// One download of one export file: the bytes the client received (compressed when <see cref="Coding"/> says so), how
/// long it took, and the server process's memory: its working set and managed heap before, and the most either
/// reached while the file was being sent (sampled every 100 ms), and what the server allocated for it.
/// </summary>
internal sealed record ExportResult(
    string Database,
    string File,
    string Coding,
    long Bytes,
    TimeSpan Elapsed,
    long WorkingSetBefore,
    long PeakWorkingSet,
    long HeapBefore,
    long PeakHeap,
    long AllocatedBytes);
