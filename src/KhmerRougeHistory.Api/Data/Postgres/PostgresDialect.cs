using KhmerRougeHistory.Api.Data.Sql;

namespace KhmerRougeHistory.Api.Data.Postgres;

/// <summary>
/// ILIKE on the "C"-collated columns folds ASCII letters only, as SQLite's LIKE does; NULLs are placed as SQLite
/// places them (PostgreSQL's default is the opposite). The same choices EF Core's queries make on PostgreSQL
/// (<see cref="PostgresQueryCompatibility"/>).
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    // An escape string (E'...'), which reads the same whatever the server's standard_conforming_strings says.
    public override string CaseInsensitiveLike(string column, string pattern, string escape) =>
        $"{column} ILIKE {pattern} ESCAPE E'{escape.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}'";

    public override string OrderTerm(string expression, bool descending) => descending ? expression + " DESC NULLS LAST" : expression + " NULLS FIRST";

    // PostgreSQL runs a correlated IN as a subplan for each row of the join, not as a seek per parent (its form would
    // be a LATERAL join), so a batch of parents is paged with the numbered window.
    public override string? RowLocator => null;
}
