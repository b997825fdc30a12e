using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.Querying;

/// <summary>
/// Page sizes of every connection. Defaults: 10 items when neither <c>first</c> nor <c>last</c> is given,
/// at most 50 (HotChocolate's defaults); asking for more is an error, not a silent cut.
/// </summary>
public sealed class PagingOptions
{
    public const string SectionName = "Paging";

    [Range(1, 100)]
    public int DefaultPageSize { get; set; } = 10;

    [Range(1, 100)]
    public int MaxPageSize { get; set; } = 50;

    /// <summary>At most this many IDs in one <c>nodes(ids:)</c> call. Default: 50.</summary>
    [Range(1, 100)]
    public int MaxNodeIds { get; set; } = 50;

    /// <summary>
    /// A nested list under up to this many parents is paged with one seek and LIMIT per parent, joined by UNION ALL;
    /// under more, in the engine's own form: on SQLite a correlated seek per parent in a short statement, on
    /// PostgreSQL (and for lists reached through a link table, which never take the seeks) one numbered window over
    /// all their children. The UNION ALL's seeks win over the window when parents
    /// have thousands of children each (Timeline on the 1 M-claim database: 75 → 56 ms) and lose when they have a few
    /// (the curated Timeline: 37 % fewer requests per second), so they are off by default (0). At most 256.
    /// </summary>
    [Range(0, 256)]
    public int MaxSeparatePages { get; set; }

    /// <summary>
    /// A page whose <c>where</c> holds an <c>in</c> of 2 to this many values on one column is read as one seek and
    /// LIMIT per value, the page cut from their union: an order the index cannot give for several values at once
    /// (claims of two properties, most-sourced first) then sorts a page per value, not every match. Longer lists stay
    /// one <c>IN</c>, since each value is a branch of the statement. Default: 8; 0 or 1 turns it off. At most 32.
    /// </summary>
    [Range(0, 32)]
    public int MaxInListBranches { get; set; } = 8;
}
