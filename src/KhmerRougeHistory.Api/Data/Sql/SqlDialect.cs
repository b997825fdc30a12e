namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>
/// What the data path's SQL says differently per engine. Everything else it writes is common to SQLite and
/// PostgreSQL: double-quoted names, <c>@p0</c> parameters, <c>IN</c>, <c>EXISTS</c>, <c>LIMIT</c>, window functions.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>
    /// A case-insensitive (ASCII letters) LIKE, as the string filters promise: <paramref name="column"/> and
    /// <paramref name="pattern"/> are SQL (the pattern a parameter), <paramref name="escape"/> the escape character,
    /// which the engine writes as a literal (SQLite reads a prefix through an index only then).
    /// </summary>
    public abstract string CaseInsensitiveLike(string column, string pattern, string escape);

    /// <summary>
    /// One ORDER BY term with NULLs first when ascending and last when descending (SQLite's placement, which keyset
    /// paging is written for).
    /// </summary>
    public abstract string OrderTerm(string expression, bool descending);

    /// <summary>
    /// A column every table has that finds a row with one seek (SQLite's <c>rowid</c>), or null when the engine has
    /// none that a statement may use. With one, the pages of several parents are each found by a correlated seek.
    /// </summary>
    public abstract string? RowLocator { get; }
}
