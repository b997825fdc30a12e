using System.Linq.Expressions;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Paging;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// A page of search results: the matches subquery (<see cref="SearchMatches"/>) joined to the subjects, filtered by the
/// client's <c>where</c> over the subject, ordered (relevance or label, then the key), sought past the cursor and cut
/// by the <see cref="PageCutter"/> every list uses; the page's subjects are read in the same statement. <c>totalCount</c>
/// is a separate COUNT, only when selected.
/// The cursor's signature holds the folded words: relevance is comparable only within one search, so a cursor of
/// another text is refused rather than misplacing the page.
/// </summary>
public sealed class SearchConnectionReader(SqlRows sql, SearchMatches matches, EntityTables tables, SqlPredicateWriter predicates, SqlDialect dialect)
{
    private const string Alias = "t";

    public async Task<Connection<SearchMatch>> ReadAsync(string text, ConnectionArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var words = matches.Words(text);
        var keyset = new KeysetOrder<SearchMatch>(
            SearchOrder.Definition.Parse(arguments.Order), SearchOrder.Key, "search|" + string.Join(' ', words.Select(SearchFolding.Fold)));
        if (words.Count == 0)
        {
            // Text without a letter or digit finds nothing; a cursor is still checked, as on any list.
            _ = arguments.Page.Cursor is { } cursor ? CursorCodec.Decode(cursor, keyset.Signature, keyset.ValueTypes) : default;
            return PageCutter.Cut([], arguments.Page, keyset, arguments.IncludeTotalCount ? 0 : null);
        }

        try
        {
            var subjects = tables.For<Subject>();
            var rows = await sql.ReadAsync(Page(words, arguments, keyset), reader => new SearchMatch(subjects.Read(reader, 1), reader.GetDouble(0)), cancellationToken);
            int? total = arguments.IncludeTotalCount ? (await sql.ReadAsync(Count(words, arguments), reader => (int)reader.GetInt64(0), cancellationToken))[0] : null;
            return PageCutter.Cut(rows, arguments.Page, keyset, total);
        }
        catch (Exception e) when (SubjectSearch.MissingIndex(e))
        {
            throw SubjectSearch.NoIndex(e);
        }
    }

    private SqlStatement Page(IReadOnlyList<string> words, ConnectionArguments arguments, KeysetOrder<SearchMatch> keyset)
    {
        var parameters = new SqlParameterList();
        var (from, conditions) = FromWhere(words, arguments, parameters);
        var columns = Columns();
        if (arguments.Page.Cursor is { } cursor)
        {
            var (values, key) = CursorCodec.Decode(cursor, keyset.Signature, keyset.ValueTypes);
            conditions.Add(After(keyset, [.. values, key], arguments.Page.Backward, columns, parameters));
        }

        var order = string.Join(", ", keyset.Keys.Select(k => dialect.OrderTerm(columns[k.Field.Name], k.Descending != arguments.Page.Backward)));
        return new SqlStatement(
            $"SELECT m.\"Relevance\", {tables.For<Subject>().SelectList(Alias)} FROM {from} WHERE {string.Join(" AND ", conditions)} ORDER BY {order} LIMIT {parameters.Add(arguments.Page.Size + 1)}",
            parameters.Values);
    }

    private SqlStatement Count(IReadOnlyList<string> words, ConnectionArguments arguments)
    {
        var parameters = new SqlParameterList();
        var (from, conditions) = FromWhere(words, arguments, parameters);
        return new SqlStatement($"SELECT COUNT(*) FROM {from} WHERE {string.Join(" AND ", conditions)}", parameters.Values);
    }

    private (string From, List<string> Conditions) FromWhere(IReadOnlyList<string> words, ConnectionArguments arguments, SqlParameterList parameters)
    {
        var subjects = tables.For<Subject>();
        var filter = arguments.Where is { } where ? SubjectFilter.Filter.Predicate(where) : null;

        // A filter on the type alone also narrows the matches before they are ranked: the index holds each one's type.
        Func<string, string>? byType = filter is not null && TypeOnly.Tests(filter) ? alias => predicates.Write(filter, alias, parameters) : null;
        var from = $"({matches.Subquery(words, parameters, byType)}) AS m JOIN {subjects.Name} AS {Alias} ON {Alias}.{subjects.Column(nameof(Subject.Key))} = m.\"Key\"";
        List<string> conditions = ["1 = 1"];
        if (filter is not null)
        {
            conditions.Add(predicates.Write(filter, Alias, parameters));
        }

        return (from, conditions);
    }

    /// <summary>Whether a predicate reads nothing of its row but the row's type (<c>s is Site</c>).</summary>
    private sealed class TypeOnly : ExpressionVisitor
    {
        private bool _other;

        public static bool Tests(LambdaExpression predicate)
        {
            var visitor = new TypeOnly();
            visitor.Visit(predicate.Body);
            return !visitor._other;
        }

        protected override Expression VisitTypeBinary(TypeBinaryExpression node) =>
            node.Expression is ParameterExpression ? node : base.VisitTypeBinary(node);

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _other = true;
            return node;
        }
    }

    /// <summary>The SQL each sort field of <see cref="SearchOrder"/> reads.</summary>
    private Dictionary<string, string> Columns() => new(StringComparer.Ordinal)
    {
        ["relevance"] = "m.\"Relevance\"",
        ["label"] = $"{Alias}.{tables.For<Subject>().Column(nameof(Subject.Label))}",
        ["key"] = "m.\"Key\"",
    };

    /// <summary>
    /// Rows past the cursor's position in the order: (a &gt; v) OR (a = v AND b &gt; w) OR …, each comparison turned for
    /// descending keys and backward paging. Relevance, label and key are never NULL, so no NULL placement is needed.
    /// </summary>
    private static string After(KeysetOrder<SearchMatch> keyset, IReadOnlyList<object?> position, bool backward, Dictionary<string, string> columns, SqlParameterList parameters)
    {
        var values = position.Select(parameters.Add).ToList();
        var keys = keyset.Keys;
        var clauses = keys.Select((key, i) =>
        {
            var equal = keys.Take(i).Select((earlier, j) => $"{columns[earlier.Field.Name]} = {values[j]}");
            var beyond = $"{columns[key.Field.Name]} {(key.Descending != backward ? "<" : ">")} {values[i]}";
            return "(" + string.Join(" AND ", equal.Append(beyond)) + ")";
        });
        return "(" + string.Join(" OR ", clauses) + ")";
    }
}
