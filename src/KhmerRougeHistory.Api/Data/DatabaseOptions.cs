namespace KhmerRougeHistory.Api.Data;

/// <summary>
/// Where the curated data is and whether the API builds its database on start.
/// The database file itself is the <c>ConnectionStrings:History</c> connection string
/// (default <c>Data Source=history.db</c>, relative to the content root).
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "History";

    /// <summary>The curated data folder. Default: <c>data</c> beside the application's binaries.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>
    /// Build the database on start when it is missing or was built from other data than the data folder holds.
    /// Default: true. Turn it off where the file system is read-only and the database is built in advance.
    /// </summary>
    public bool BuildOnStartup { get; set; } = true;
}
