namespace KhmerRougeHistory.Api.Data;

/// <summary>What is wrong with the history database, or that nothing is: one kind per cause an operator would chase.</summary>
public enum DatabaseProblem
{
    /// <summary>It opens read-only and holds a data version.</summary>
    None,

    /// <summary>There is no database file (or, on PostgreSQL, no schema or table).</summary>
    Missing,

    /// <summary>The file is not a SQLite database: its header is wrong.</summary>
    NotADatabase,

    /// <summary>The file is shorter than its header says: it was cut off (a copy or a disk that failed).</summary>
    Truncated,

    /// <summary>The file is a SQLite database that fails SQLite's <c>quick_check</c>, or its tables are not the importer's.</summary>
    Corrupt,

    /// <summary>It was built from other curated data than the data folder holds.</summary>
    OtherDataVersion,

    /// <summary>It was built by an older importer (write-ahead log mode, which read-only storage cannot serve).</summary>
    OlderFormat,

    /// <summary>This process may not read the file (permissions), or the server refused the connection.</summary>
    Unreadable,
}
