using SQLitePCL;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>
/// SQLite's process-wide settings, applied once before any connection opens. Every connection of this process is used
/// by one thread at a time (the data path lends each to one statement; an EF Core context is never shared), so
/// SQLite's per-call connection mutex ("serialized" mode) and its global lock around memory statistics buy nothing;
/// under load they were a few percent of the CPU in futex calls and lock hand-offs between the two cores.
/// </summary>
internal static class SqliteProcessSettings
{
    private static int _applied;

    public static void Apply()
    {
        if (Interlocked.Exchange(ref _applied, 1) == 1)
        {
            return;
        }

        Batteries_V2.Init();

        // Both fail harmlessly (SQLITE_MISUSE) once SQLite is initialized, e.g. in a test process that opened a
        // connection before starting the API: SQLite then keeps its defaults, which are correct, only slower.
        _ = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        _ = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
