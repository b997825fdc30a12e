using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// The words of a search, checked against the options, and the engine's subquery of every subject that matches all
/// of them with its relevance: rows of <c>"Key"</c> and <c>"Relevance"</c> (the negated bm25 rank, higher is better).
/// A paged search joins it to the subjects, filters, orders and cuts it like any other list.
/// </summary>
public sealed class SearchMatches(HistoryDatabase database, IOptions<SubjectSearchOptions> options)
{
    /// <summary>The words of <paramref name="text"/>; none when it has no letter or digit.</summary>
    /// <exception cref="TooManySearchTermsException">The text has more words than the options allow.</exception>
    public IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = SearchTerms.Split(text);
        var limit = options.Value.MaxTerms;
        return words.Count > limit ? throw new TooManySearchTermsException(words.Count, limit) : words;
    }

    /// <summary>The subquery for <paramref name="words"/> (at least one), its values added to <paramref name="parameters"/>.</summary>
    public string Subquery(IReadOnlyList<string> words, SqlParameterList parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var (terms, query) = PostgresSearchIndex.ToQuery(words);
            return "SELECT r.\"Key\", -r.\"Rank\" AS \"Relevance\" FROM (" + PostgresSearchIndex.Matches(parameters.Add(terms), parameters.Add(query)) + ") AS r";
        }

        return "SELECT \"Key\", -rank AS \"Relevance\" FROM " + SearchIndexBuilder.TableName +
            " WHERE " + SearchIndexBuilder.TableName + " MATCH " + parameters.Add(SearchTerms.ToMatchExpression(words));
    }
}
