using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>How the API and the importer open a SQLite history file.</summary>
public static class SqliteConnectionStrings
{
    /// <summary>
    /// Read-only: SQLite refuses every write, opens the file O_RDONLY and, the file being in rollback-journal mode,
    /// creates nothing beside it, so it serves from read-only storage. The file is opened as immutable: the importer
    /// only ever writes a new file and renames it into place, so a file that is open never changes, and SQLite can
    /// skip what it otherwise does around every statement (take and release a file lock, look for a hot journal,
    /// read the change counter). Those system calls cost a third of a small query's throughput (RESULTS.md).
    /// </summary>
    public static string ReadOnly(string path, bool pooling = true) => Reading(ImmutableUri(path), pooling);

    /// <summary>
    /// Read-only with SQLite's own checks on (locks, a hot journal beside the file), for inspecting a file before it is
    /// served: a file that some other writer left half-written must not pass as servable.
    /// </summary>
    public static string Inspecting(string path) => Reading(path, pooling: false);

    /// <summary>What the importer writes a new file with (never the served file itself).</summary>
    public static string Writable(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true }.ToString();

    private static string Reading(string dataSource, bool pooling) => new SqliteConnectionStringBuilder
    {
        DataSource = dataSource,
        Mode = SqliteOpenMode.ReadOnly,
        Cache = SqliteCacheMode.Private,
        Pooling = pooling,
    }.ToString();

    /// <summary>A SQLite URI filename (<c>file:/path?immutable=1</c>), each path segment percent-encoded.</summary>
    private static string ImmutableUri(string path)
    {
        var segments = Path.GetFullPath(path).Split('/');
        return "file:" + string.Join('/', segments.Select(Uri.EscapeDataString)) + "?immutable=1";
    }
}
