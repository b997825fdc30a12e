using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Subjects;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// Full-text search over every subject's label, cited names and description, in one statement on the
/// API's read-only connection. Every word of the text must match the start of a word, whatever its case
/// and accents; a subject one of whose names the words are comes first, then the best matches (bm25, label above
/// names above description), ties by key: the own-words tiers of <see cref="SearchMatches"/>, in its order.
/// On PostgreSQL the same words match and the same bm25 ranks them (<see cref="PostgresSearchIndex"/>).
/// The page's subjects are read in the same statement, so a search costs one statement before its fields' loads.
/// </summary>
public sealed class SubjectSearch(SqlRows sql, SearchMatches matches, EntityTables tables)
{
    private const int SqliteError = 1;

    private readonly EntityTable<Subject> _subjects = tables.For<Subject>();

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
            hits = await sql.ReadAsync(Statement(words, first), reader => new SearchHit(_subjects.Read(reader, 1), reader.GetDouble(0)), cancellationToken);
        }
        catch (Exception e) when (MissingIndex(e))
        {
            throw NoIndex(e);
        }

        return hits;
    }

    /// <summary>Whether <paramref name="e"/> says the database has no search index (a file built by an older importer).</summary>
    internal static bool MissingIndex(Exception e) =>
        e is SqliteException { SqliteErrorCode: SqliteError }
            && new[] { SearchIndexBuilder.TableName, SearchIndexBuilder.ClaimWordsTableName, SearchIndexBuilder.TypeRowsTableName }.Any(table => e.Message.Contains(table, StringComparison.Ordinal))
        || e is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable };

    internal static InvalidOperationException NoIndex(Exception e) => new(
        $"The history database has no search index ({SearchIndexBuilder.TableName}), or not all of it: it was built by an older importer. " +
        "Delete the database file so that it is rebuilt on start, or rebuild it with the 'import' command.", e);

    // The text depends only on the number of words' placeholders and the engine: the values are parameters. The page
    // is cut before the join, so only its own subjects are looked up.
    private SqlStatement Statement(IReadOnlyList<string> words, int first)
    {
        var parameters = new SqlParameterList();
        var own = matches.OwnWordsSubquery(words, parameters);
        var s = _subjects;
        return new SqlStatement(
            $"SELECT p.\"Relevance\", {s.SelectList("s")} " +
            $"FROM (SELECT m.\"Key\", m.\"Relevance\" FROM ({own}) AS m ORDER BY m.\"Relevance\" DESC, m.\"Key\" LIMIT {parameters.Add(first)}) AS p " +
            $"JOIN {s.Name} AS s ON s.{s.Column(nameof(Subject.Key))} = p.\"Key\" ORDER BY p.\"Relevance\" DESC, p.\"Key\"",
            parameters.Values);
    }
}
