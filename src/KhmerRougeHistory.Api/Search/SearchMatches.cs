using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// The words of a search, checked against the options, and the engine's subqueries of every subject that matches all
/// of them, with its relevance: rows of <c>"Key"</c>, <c>"SubjectType"</c> and <c>"Relevance"</c>, higher is better, in
/// three tiers that never overlap. From 2 to 3: the words are one of the subject's names or its label, whole
/// (<see cref="SearchExactNames"/>). From 1 to 2: its own words (label, names, description) match. From 0 to 1: only the
/// words of the claims about it do. Within a tier, x / (1 + x) of bm25's score x, so the best match is highest. A
/// paged search joins them to the subjects, filters, orders and cuts them like any other list.
/// </summary>
public sealed class SearchMatches(HistoryDatabase database, IOptions<SubjectSearchOptions> options)
{
    private const string Own = SearchIndexBuilder.TableName;
    private const string Claims = SearchIndexBuilder.ClaimWordsTableName;
    private const string TypeRows = SearchIndexBuilder.TypeRowsTableName;

    /// <summary>The words of <paramref name="text"/>; none when it has no letter or digit.</summary>
    /// <exception cref="TooManySearchTermsException">The text has more words than the options allow.</exception>
    public IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = SearchTerms.Split(text);
        var limit = options.Value.MaxTerms;
        return words.Count > limit ? throw new TooManySearchTermsException(words.Count, limit) : words;
    }

    /// <summary>
    /// Every match of <paramref name="words"/> (at least one), by their own words and then by their claims' words. A
    /// subject both find keeps its higher, own-word relevance: the tiers never overlap, so the largest is the right one,
    /// and grouping costs less than matching the own words again to leave them out of the second tier.
    /// </summary>
    /// <param name="words">The search's words.</param>
    /// <param name="parameters">Where the statement's values go.</param>
    /// <param name="narrowing">
    /// A condition on the matches' <c>"SubjectType"</c> column (named as the subjects' discriminator), given the matches'
    /// alias: applied before the matches are ranked and grouped, so a search for sites and events ranks no person. On
    /// SQLite it also picks the ranges of the indexes' rows that hold the types it admits
    /// (<see cref="SearchIndexBuilder.TypeRowsTableName"/>), and only those are matched: the other types' matches are
    /// never read, however many there are.
    /// </param>
    public string Subquery(IReadOnlyList<string> words, SqlParameterList parameters, Func<string, string>? narrowing = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var query = Parameters(words, parameters);
        var kept = narrowing is null ? string.Empty : $"WHERE {narrowing("u")} ";
        return $"SELECT u.\"Key\", u.\"SubjectType\", max(u.\"Relevance\") AS \"Relevance\" FROM ({OwnWords(query, narrowing)} UNION ALL {ClaimWords(query, narrowing)}) AS u " +
            kept + "GROUP BY u.\"Key\", u.\"SubjectType\"";
    }

    /// <summary>The matches of <paramref name="words"/> (at least one) by their own words only: what an autocomplete box lists.</summary>
    public string OwnWordsSubquery(IReadOnlyList<string> words, SqlParameterList parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return OwnWords(Parameters(words, parameters));
    }

    private Query Parameters(IReadOnlyList<string> words, SqlParameterList parameters)
    {
        var exact = parameters.Add(SearchExactNames.Search(words));
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var (terms, query) = PostgresSearchIndex.ToQuery(words);
            return new Query(parameters.Add(terms), parameters.Add(query), exact);
        }

        return new Query(null, parameters.Add(SearchTerms.ToMatchExpression(words)), exact);
    }

    private string OwnWords(Query q, Func<string, string>? narrowing = null) => database.Provider == DatabaseProvider.PostgreSql
        ? $"SELECT r.\"Key\", r.\"SubjectType\", CASE WHEN strpos(e.\"Exact\", {q.Exact}) > 0 THEN 2.0 ELSE 1.0 END + -r.\"Rank\" / (1.0 - r.\"Rank\") AS \"Relevance\" " +
            $"FROM ({PostgresSearchIndex.Matches(q.Terms!, q.Match)}) AS r JOIN {PostgresSearchIndex.Table} AS e ON e.\"Key\" = r.\"Key\""
        : $"SELECT f.\"Key\", f.SubjectType AS \"SubjectType\", CASE WHEN instr(f.Exact, {q.Exact}) > 0 THEN 2.0 ELSE 1.0 END + -f.rank / (1.0 - f.rank) AS \"Relevance\" " +
            SqliteMatches(Own, q, narrowing);

    private string ClaimWords(Query q, Func<string, string>? narrowing = null) => database.Provider == DatabaseProvider.PostgreSql
        ? $"SELECT r.\"Key\", r.\"SubjectType\", -r.\"Rank\" / (1.0 - r.\"Rank\") AS \"Relevance\" " +
            $"FROM ({PostgresSearchIndex.Matches(q.Terms!, q.Match, PostgresSearchIndex.ClaimWordsTable)}) AS r"
        : $"SELECT f.\"Key\", f.SubjectType AS \"SubjectType\", -f.rank / (1.0 - f.rank) AS \"Relevance\" " + SqliteMatches(Claims, q, narrowing);

    /// <summary>
    /// The FROM and WHERE of one SQLite index's matches, as <c>f</c>. Narrowed, the admitted types' row ranges come
    /// first (CROSS JOIN keeps that order: SQLite would otherwise match every row and test its range), and FTS5 seeks
    /// each range for the match.
    /// </summary>
    private static string SqliteMatches(string index, Query q, Func<string, string>? narrowing) => narrowing is null
        ? $"FROM {index} AS f WHERE f.{index} MATCH {q.Match}"
        : $"FROM {TypeRows} AS r CROSS JOIN {index} AS f ON f.rowid BETWEEN r.\"FirstRowid\" AND r.\"LastRowid\" " +
            $"WHERE r.\"IndexName\" = '{index}' AND {narrowing("r")} AND f.{index} MATCH {q.Match}";

    /// <summary>The placeholders of one search: PostgreSQL's folded terms (null on SQLite), the match, the whole-name line.</summary>
    private sealed record Query(string? Terms, string Match, string Exact);
}
