using KhmerRougeHistory.Api.Data.Sql;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>SQLite's LIKE already ignores ASCII case, and it already puts NULLs first when ascending.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public override string CaseInsensitiveLike(string column, string pattern, string escape) =>
        $"{column} LIKE {pattern} ESCAPE '{escape.Replace("'", "''", StringComparison.Ordinal)}'";

    public override string OrderTerm(string expression, bool descending) => descending ? expression + " DESC" : expression;

    // The tables are rowid tables (a text primary key is a separate index), so a rowid is one seek where the key is two.
    public override string? RowLocator => "rowid";
}
