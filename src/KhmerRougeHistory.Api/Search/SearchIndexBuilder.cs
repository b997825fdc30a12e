using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Subjects;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// Creates and fills the FTS5 full-text indexes over every subject while the importer builds the database:
/// the API opens the file read-only, and EF migrations cannot create virtual tables, so it happens here in raw SQL.
/// Two indexes: a subject's own words (label, cited names, description), which rank it, and the words of the claims
/// about it, which find it after every subject whose own words match. One index of both would rank "Pol Pot's rise to
/// power" above "Pol Pot": bm25 weighs a match by the whole row's length, and the claims' words lengthen every row.
/// Each index holds its rows grouped by subject type, and <see cref="TypeRowsTableName"/> says where each type's rows
/// are, so that a search for some types seeks their rows and never looks at the others' matches.
/// </summary>
internal static class SearchIndexBuilder
{
    public const string TableName = "SubjectSearchIndex";

    public const string ClaimWordsTableName = "SubjectClaimSearchIndex";

    /// <summary>Per index and subject type, the first and last rowid of that type's rows.</summary>
    public const string TypeRowsTableName = "SearchIndexTypeRows";

    // Case-folded, accents stripped (mode 2 also strips those mode 1 misses), indexes for 1- to 4-letter prefixes.
    // Key and SubjectType are carried along, not searched; so is Exact, the whole names (SearchExactNames).
    private const string CreateTable =
        "CREATE VIRTUAL TABLE " + TableName + " USING fts5(" +
        "\"Key\" UNINDEXED, SubjectType UNINDEXED, Label, Names, Description, Exact UNINDEXED, " +
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')";

    // Stored with the index so that `ORDER BY rank` is bm25 weighting the label above the cited names above
    // the description (one weight per column, unindexed ones included); the query side needs no weights of its own.
    private const string ConfigureRank =
        "INSERT INTO " + TableName + "(" + TableName + ", rank) VALUES ('rank', 'bm25(0.0, 0.0, 10.0, 8.0, 1.0, 0.0)')";

    // Whole names are cut and folded by the API's own code (as the query's words are), called from SQL while the
    // importer holds the connection.
    private const string ExactNamesFunction = "krh_exact_names";

    // Names: every distinct cited name of the subject (its label among them), one per line. The unary + on
    // Property keeps SQLite (which has no statistics here) from reading the (Property, ValueText) index, whose order
    // matches the ORDER BY but which holds every subject's names: per subject that read all names of all subjects
    // (hours on a million claims). With it, the subject's own claims come from (SubjectKey, Property, Id).
    private const string Fill =
        "INSERT INTO " + TableName + "(\"Key\", SubjectType, Label, Names, Description, Exact) " +
        "SELECT f.*, " + ExactNamesFunction + "(f.Label, f.Names) FROM (" + FillSelect + ") AS f";

    internal const string FillSelect =
        "SELECT s.\"Key\", s." + SubjectConfiguration.DiscriminatorColumn + ", s.Label, " +
        "coalesce((SELECT group_concat(n.ValueText, char(10)) FROM (" +
        "SELECT DISTINCT c.ValueText FROM Claims AS c " +
        "WHERE c.SubjectKey = s.\"Key\" AND +c.Property = '" + nameof(ClaimProperty.Name) + "' AND c.ValueText IS NOT NULL " +
        "ORDER BY c.ValueText) AS n), '') AS Names, " +
        "s.Description FROM Subjects AS s ORDER BY s." + SubjectConfiguration.DiscriminatorColumn + ", s.\"Key\"";

    private const string CreateClaimWordsTable =
        "CREATE VIRTUAL TABLE " + ClaimWordsTableName + " USING fts5(" +
        "\"Key\" UNINDEXED, SubjectType UNINDEXED, Words, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')";

    private const string ConfigureClaimWordsRank =
        "INSERT INTO " + ClaimWordsTableName + "(" + ClaimWordsTableName + ", rank) VALUES ('rank', 'bm25(0.0, 0.0, 1.0)')";

    private const string FillClaimWords =
        "INSERT INTO " + ClaimWordsTableName + "(\"Key\", SubjectType, Words) " + ClaimWordsSelect;

    /// <summary>
    /// A subject's claim words: the distinct texts of its claims (an outcome, a charge, an ideology) and the labels of
    /// the entities its relation claims name (its organizations, places, events), one per line, in byte order. Names
    /// are in the subject's own index, and deprecated claims are not shown, so neither is here.
    /// </summary>
    internal const string ClaimWordsSelect =
        "SELECT s.\"Key\", s." + SubjectConfiguration.DiscriminatorColumn + ", w.Words FROM Subjects AS s JOIN (" +
        "SELECT x.SubjectKey, group_concat(x.Word, char(10)) AS Words FROM (" +
        "SELECT DISTINCT c.SubjectKey, coalesce(c.ValueText, v.Label) AS Word FROM Claims AS c " +
        "LEFT JOIN Subjects AS v ON v.\"Key\" = c.ValueSubjectKey " +
        "WHERE c.Property <> '" + nameof(ClaimProperty.Name) + "' AND c.Rank <> '" + nameof(Rank.Deprecated) + "' " +
        "AND coalesce(c.ValueText, v.Label) IS NOT NULL ORDER BY c.SubjectKey, Word) AS x GROUP BY x.SubjectKey) AS w " +
        "ON w.SubjectKey = s.\"Key\" ORDER BY s." + SubjectConfiguration.DiscriminatorColumn + ", s.\"Key\"";

    // The rows were inserted grouped by type, and FTS5 numbers them in insertion order.
    private const string CreateTypeRows =
        "CREATE TABLE " + TypeRowsTableName + " (\"IndexName\" TEXT NOT NULL, \"SubjectType\" TEXT NOT NULL, " +
        "\"FirstRowid\" INTEGER NOT NULL, \"LastRowid\" INTEGER NOT NULL, \"Rows\" INTEGER NOT NULL, " +
        "PRIMARY KEY (\"IndexName\", \"SubjectType\")) WITHOUT ROWID";

    // A search narrowed to some types reads only their ranges: a range holding another type's row would lose it.
    private const string InterleavedTypes =
        "SELECT count(*) AS \"Value\" FROM " + TypeRowsTableName + " WHERE \"LastRowid\" - \"FirstRowid\" + 1 <> \"Rows\"";

    // Merges the indexes' segments into one b-tree each: the file is never written again.
    private const string Optimize = "INSERT INTO " + TableName + "(" + TableName + ") VALUES ('optimize')";

    private const string OptimizeClaimWords = "INSERT INTO " + ClaimWordsTableName + "(" + ClaimWordsTableName + ") VALUES ('optimize')";

    private static string FillTypeRows(string index) =>
        "INSERT INTO " + TypeRowsTableName + " SELECT '" + index + "', SubjectType, min(rowid), max(rowid), count(*) FROM " + index + " GROUP BY SubjectType";

    /// <summary>Builds the index from the subjects and claims already saved through <paramref name="context"/>.</summary>
    public static async Task BuildAsync(HistoryDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Database.OpenConnectionAsync(cancellationToken);
        ((SqliteConnection)context.Database.GetDbConnection()).CreateFunction<string, string, string>(
            ExactNamesFunction, (label, names) => SearchExactNames.Of([label, .. names.Split('\n')]), isDeterministic: true);
        await context.Database.ExecuteSqlRawAsync(CreateTable, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(ConfigureRank, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(Fill, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(Optimize, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(CreateClaimWordsTable, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(ConfigureClaimWordsRank, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(FillClaimWords, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(OptimizeClaimWords, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(CreateTypeRows, cancellationToken);
        foreach (var index in new[] { TableName, ClaimWordsTableName })
        {
            await context.Database.ExecuteSqlRawAsync(FillTypeRows(index), cancellationToken);
        }

        var interleaved = await context.Database.SqlQueryRaw<long>(InterleavedTypes).SingleAsync(cancellationToken);
        if (interleaved > 0)
        {
            throw new InvalidOperationException($"The search index's rows are not grouped by subject type ({interleaved} types are interleaved).");
        }

        await context.Database.CloseConnectionAsync();
    }
}
