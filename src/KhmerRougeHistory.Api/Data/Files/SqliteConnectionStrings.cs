using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>How the API and the importer open a SQLite history file.</summary>
public static class SqliteConnectionStrings
{
    /// <summary>
    /// Read-only: SQLite refuses every write, opens the file O_RDONLY and, the file being in rollback-journal mode,
    /// creates nothing beside it, so it serves from read-only storage.
    /// </summary>
    public static string ReadOnly(string path, bool pooling = true) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Cache = SqliteCacheMode.Private, Pooling = pooling }.ToString();

    /// <summary>What the importer writes a new file with (never the served file itself).</summary>
    public static string Writable(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true }.ToString();
}
