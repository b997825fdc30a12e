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
/// </summary>
public sealed class SubjectSearch(SqlRows sql, SearchMatches matches)
{
    private const int SqliteError = 1;

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
                reader.GetString(0), Enum.Parse<SubjectType>(reader.GetString(1)), reader.GetDouble(2)), cancellationToken);
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
            && (e.Message.Contains(SearchIndexBuilder.TableName, StringComparison.Ordinal) || e.Message.Contains(SearchIndexBuilder.ClaimWordsTableName, StringComparison.Ordinal))
        || e is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable };

    internal static InvalidOperationException NoIndex(Exception e) => new(
        $"The history database has no search index ({SearchIndexBuilder.TableName}): it was built by an older importer. " +
        "Delete the database file so that it is rebuilt on start, or rebuild it with the 'import' command.", e);

    // The text depends only on the number of words' placeholders and the engine: the values are parameters.
    private SqlStatement Statement(IReadOnlyList<string> words, int first)
    {
        var parameters = new SqlParameterList();
        var own = matches.OwnWordsSubquery(words, parameters);
        return new SqlStatement(
            $"SELECT m.\"Key\", m.\"SubjectType\", m.\"Relevance\" FROM ({own}) AS m ORDER BY m.\"Relevance\" DESC, m.\"Key\" LIMIT {parameters.Add(first)}",
            parameters.Values);
    }
}
