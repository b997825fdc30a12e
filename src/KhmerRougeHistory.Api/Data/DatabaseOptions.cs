using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.Data;

/// <summary>
/// Which engine holds the history, where the curated data is and whether the API builds its database on start.
/// The database itself is the <c>ConnectionStrings:History</c> connection string: for SQLite the file
/// (default <c>Data Source=history.db</c>, relative to the content root), for PostgreSQL an Npgsql connection string.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "History";

    /// <summary>What a schema name may be: lower-case letters, digits and underscores, as PostgreSQL takes it unquoted.</summary>
    public const string SchemaPattern = "^[a-z_][a-z0-9_]{0,40}$";

    /// <summary>The engine: <c>Sqlite</c> (default) or <c>PostgreSql</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// PostgreSQL only: the schema that holds the tables. Default: <c>history</c>. The importer builds a new schema
    /// beside it and renames it into place, so the name must be one PostgreSQL accepts unquoted.
    /// </summary>
    [RegularExpression(SchemaPattern)]
    public string Schema { get; set; } = "history";

    /// <summary>The curated data folder. Default: <c>data</c> beside the application's binaries.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>
    /// Build the database on start when it is missing or was built from other data than the data folder holds.
    /// Default: true. Turn it off where the file system is read-only and the database is built in advance, and on
    /// PostgreSQL when the API's role may only read (build with the <c>import</c> command instead).
    /// </summary>
    public bool BuildOnStartup { get; set; } = true;

    /// <summary>
    /// How long a start waits for another process that is building the same database (replicas starting together on
    /// one volume) before it gives up with an error. Default: 2 minutes; the curated data builds in about a second.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan BuildLockTimeout { get; set; } = DefaultBuildLockTimeout;

    public static readonly TimeSpan DefaultBuildLockTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// SQLite only: run SQLite's <c>quick_check</c> on start, so that a damaged file is reported (and rebuilt when
    /// <see cref="BuildOnStartup"/> is on) instead of failing requests later. It reads every page, about a second per
    /// 500 MB. Default: true.
    /// </summary>
    public bool CheckIntegrityOnStartup { get; set; } = true;
}
