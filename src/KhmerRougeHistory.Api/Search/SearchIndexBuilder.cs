using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// Creates and fills the FTS5 full-text index over every subject while the importer builds the database:
/// the API opens the file read-only, and EF migrations cannot create virtual tables, so it happens here in raw SQL.
/// </summary>
internal static class SearchIndexBuilder
{
    public const string TableName = "SubjectSearchIndex";

    // Case-folded, accents stripped (mode 2 also strips those mode 1 misses), indexes for 1- to 4-letter prefixes.
    // Key and SubjectType are carried along, not searched.
    private const string CreateTable =
        "CREATE VIRTUAL TABLE " + TableName + " USING fts5(" +
        "\"Key\" UNINDEXED, SubjectType UNINDEXED, Label, Names, Description, " +
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')";

    // Stored with the index so that `ORDER BY rank` is bm25 weighting the label above the cited names above
    // the description (one weight per column, unindexed ones included); the query side needs no weights of its own.
    private const string ConfigureRank =
        "INSERT INTO " + TableName + "(" + TableName + ", rank) VALUES ('rank', 'bm25(0.0, 0.0, 10.0, 8.0, 1.0)')";

    // Names: every distinct cited name of the subject (its label among them), one per line. The unary + on
    // Property keeps SQLite (which has no statistics here) from reading the (Property, ValueText) index, whose order
    // matches the ORDER BY but which holds every subject's names: per subject that read all names of all subjects
    // (hours on a million claims). With it, the subject's own claims come from (SubjectKey, Property, Id).
    private const string Fill =
        "INSERT INTO " + TableName + "(\"Key\", SubjectType, Label, Names, Description) " +
        FillSelect;

    internal const string FillSelect =
        "SELECT s.\"Key\", s." + SubjectConfiguration.DiscriminatorColumn + ", s.Label, " +
        "coalesce((SELECT group_concat(n.ValueText, char(10)) FROM (" +
        "SELECT DISTINCT c.ValueText FROM Claims AS c " +
        "WHERE c.SubjectKey = s.\"Key\" AND +c.Property = '" + nameof(ClaimProperty.Name) + "' AND c.ValueText IS NOT NULL " +
        "ORDER BY c.ValueText) AS n), ''), " +
        "s.Description FROM Subjects AS s ORDER BY s.\"Key\"";

    // Merges the index's segments into one b-tree: the file is never written again.
    private const string Optimize = "INSERT INTO " + TableName + "(" + TableName + ") VALUES ('optimize')";

    /// <summary>Builds the index from the subjects and claims already saved through <paramref name="context"/>.</summary>
    public static async Task BuildAsync(HistoryDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Database.ExecuteSqlRawAsync(CreateTable, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(ConfigureRank, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(Fill, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(Optimize, cancellationToken);
    }
}
