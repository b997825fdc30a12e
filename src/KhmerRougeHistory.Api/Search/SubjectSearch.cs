using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Subjects;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// Full-text search over every subject's label, cited names and description, in one statement on the
/// API's read-only connection. Every word of the text must match the start of a word, whatever its case
/// and accents; the best matches (bm25, label above names above description) come first, ties by key.
/// On PostgreSQL the same words match and the same bm25 ranks them (<see cref="PostgresSearchIndex"/>).
/// </summary>
public sealed class SubjectSearch(SqlRows sql, HistoryDatabase database, SearchMatches matches)
{
    private const int SqliteError = 1;

    // Constant text: the match expression and the limit are parameters, never spliced in.
    private const string Query =
        "SELECT \"Key\", SubjectType, rank AS Rank FROM " + SearchIndexBuilder.TableName +
        " WHERE " + SearchIndexBuilder.TableName + " MATCH @p0 ORDER BY rank, \"Key\" LIMIT @p1";

    /// <summary>
    /// At most <paramref name="first"/> subjects matching every word of <paramref name="text"/>, best first.
    /// Text without any letter or digit (empty, spaces, punctuation only) finds nothing: no hits, no error.
    /// </summary>
    /// <exception cref="TooManySearchTermsException">The text has more words than the options allow.</exception>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int first, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var words = matches.Words(text);
        if (words.Count == 0 || first == 0)
        {
            return [];
        }

        List<SearchHit> hits;
        try
        {
            hits = await sql.ReadAsync(Statement(words, first), reader => new SearchHit(
                reader.GetString(0), Enum.Parse<SubjectType>(reader.GetString(1)), -reader.GetDouble(2)), cancellationToken);
        }
        catch (Exception e) when (MissingIndex(e))
        {
            throw NoIndex(e);
        }

        return hits;
    }

    /// <summary>Whether <paramref name="e"/> says the database has no search index (a file built by an older importer).</summary>
    internal static bool MissingIndex(Exception e) =>
        e is SqliteException { SqliteErrorCode: SqliteError } && e.Message.Contains(SearchIndexBuilder.TableName, StringComparison.Ordinal)
        || e is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable };

    internal static InvalidOperationException NoIndex(Exception e) => new(
        $"The history database has no search index ({SearchIndexBuilder.TableName}): it was built by an older importer. " +
        "Delete the database file so that it is rebuilt on start, or rebuild it with the 'import' command.", e);

    private SqlStatement Statement(IReadOnlyList<string> words, int first)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var (terms, query) = PostgresSearchIndex.ToQuery(words);
            return new SqlStatement(PostgresSearchIndex.Query, [terms, query, first]);
        }

        return new SqlStatement(Query, [SearchTerms.ToMatchExpression(words), first]);
    }
}
