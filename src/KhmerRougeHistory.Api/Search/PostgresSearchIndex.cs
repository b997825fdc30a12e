using System.Globalization;
using System.Text;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// The PostgreSQL counterpart of the FTS5 index: one <c>tsvector</c> per subject with a GIN index, matched with a
/// prefix <c>tsquery</c>. The words are cut and folded here, as SQLite's unicode61 tokenizer cuts and folds them
/// (<see cref="SearchTerms"/>, <see cref="SearchFolding"/>), and the vector is written as a literal: a text search
/// configuration would cut "S-21" or "People’s" its own way, and stripping accents on the server would need the
/// unaccent extension. Ranking is FTS5's bm25 computed in SQL over the vector's weighted positions (ts_rank weighs
/// proximity and whole-document length instead, and put "Discovery of S-21" above "S-21"), so both engines find the
/// same subjects in the same order.
/// </summary>
internal static class PostgresSearchIndex
{
    private const string Table = "\"" + SearchIndexBuilder.TableName + "\"";

    private const string CreateTable =
        "CREATE TABLE " + Table + " (\"Key\" text COLLATE \"C\" PRIMARY KEY, " +
        "\"SubjectType\" text NOT NULL, \"Document\" tsvector NOT NULL, \"Length\" integer NOT NULL)";

    private const string CreateIndex =
        "CREATE INDEX \"IX_" + SearchIndexBuilder.TableName + "_Document\" ON " + Table + " USING gin (\"Document\")";

    private const string Insert =
        "INSERT INTO " + Table + " (\"Key\", \"SubjectType\", \"Document\", \"Length\") " +
        "SELECT k, t, d::tsvector, l FROM unnest({0}, {1}, {2}, {3}) AS x(k, t, d, l)";

    /// <summary>
    /// FTS5's bm25 (k1 = 1.2, b = 0.75) with the column weights SQLite's index stores (label 10, names 8, description
    /// 1; here the weights A, B and C of each position): for each word, its IDF over the whole index times its
    /// weighted count in the subject, saturated and normalised by the subject's length against the average. Negated,
    /// as FTS5's rank is: lower is better. Rows of "Key", "SubjectType" and "Rank"; <paramref name="terms"/> is the
    /// placeholder of the folded words, <paramref name="query"/> that of the tsquery of all of them. The words hold only
    /// letters, digits and marks (<see cref="SearchTerms.Split"/>), so each makes a prefix query.
    /// </summary>
    public static string Matches(string terms, string query) =>
        "WITH terms AS (SELECT t.term, t.i FROM unnest(" + terms + "::text[]) WITH ORDINALITY AS t(term, i)), " +
        "stats AS (SELECT count(*)::float8 AS n, sum(\"Length\")::float8 AS tokens FROM " + Table + "), " +
        "idf AS (SELECT terms.term, terms.i, CASE WHEN x.idf > 0 THEN x.idf ELSE 1e-6 END AS idf FROM terms CROSS JOIN stats " +
        "CROSS JOIN LATERAL (SELECT count(*)::float8 AS hits FROM " + Table + " AS s " +
        "WHERE s.\"Document\" @@ CAST('''' || terms.term || ''':*' AS tsquery)) AS h " +
        "CROSS JOIN LATERAL (SELECT ln((stats.n - h.hits + 0.5) / (h.hits + 0.5)) AS idf) AS x), " +
        "hits AS (SELECT \"Key\", \"SubjectType\", \"Document\", \"Length\" FROM " + Table + " WHERE \"Document\" @@ CAST(" + query + " AS tsquery)) " +
        "SELECT hits.\"Key\", hits.\"SubjectType\", " +
        "-sum(idf.idf * (f.freq * 2.2) / (f.freq + 1.2 * (1 - 0.75 + 0.75 * hits.\"Length\" / (stats.tokens / stats.n))) ORDER BY idf.i) AS \"Rank\" " +
        "FROM hits CROSS JOIN stats CROSS JOIN idf " +
        "CROSS JOIN LATERAL (SELECT coalesce(sum(CASE w WHEN 'A' THEN 10 WHEN 'B' THEN 8 WHEN 'C' THEN 1 ELSE 0 END), 0)::float8 AS freq " +
        "FROM unnest(hits.\"Document\") AS u(lexeme, positions, weights) CROSS JOIN unnest(u.weights) AS w " +
        "WHERE starts_with(u.lexeme, idf.term)) AS f " +
        "GROUP BY hits.\"Key\", hits.\"SubjectType\"";

    /// <summary>The best matches first, at most @p2 of them (@p0: the folded words; @p1: their tsquery).</summary>
    public static readonly string Query = "SELECT * FROM (" + Matches("@p0", "@p1") + ") AS m ORDER BY m.\"Rank\", m.\"Key\" LIMIT @p2";

    private const int BatchSize = 1000;

    /// <summary>Builds the index from the subjects and claims already saved through <paramref name="context"/>.</summary>
    public static async Task BuildAsync(HistoryDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Database.ExecuteSqlRawAsync(CreateTable, cancellationToken);
        var names = (await context.Claims.AsNoTracking()
                .Where(c => c.Property == ClaimProperty.Name && c.ValueText != null)
                .Select(c => new { c.SubjectKey, Name = c.ValueText! })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(n => n.SubjectKey, n => n.Name, StringComparer.Ordinal);
        var subjects = await context.Subjects.AsNoTracking()
            .OrderBy(s => s.Key)
            .Select(s => new { s.Key, Type = EF.Property<string>(s, SubjectConfiguration.DiscriminatorColumn), s.Label, s.Description })
            .ToListAsync(cancellationToken);
        foreach (var batch in subjects.Chunk(BatchSize))
        {
            // Names as SQLite's index joins them: distinct, in byte order.
            var documents = batch.Select(s => Document(s.Label, [.. names[s.Key].Order(StringComparer.Ordinal)], s.Description)).ToList();
            object[] columns =
            [
                batch.Select(s => s.Key).ToArray(), batch.Select(s => s.Type).ToArray(),
                documents.Select(d => d.Vector).ToArray(), documents.Select(d => d.Length).ToArray(),
            ];
            await context.Database.ExecuteSqlRawAsync(Insert, columns, cancellationToken);
        }

        await context.Database.ExecuteSqlRawAsync(CreateIndex, cancellationToken);
    }

    /// <summary>The words as the index holds them (folded), and <c>'pol':* &amp; 'pot':*</c>: each a prefix, all required.</summary>
    public static (string[] Terms, string Query) ToQuery(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        string[] terms = [.. words.Select(SearchFolding.Fold)];
        return (terms, string.Join(" & ", terms.Select(t => Quote(t) + ":*")));
    }

    /// <summary>
    /// A tsvector literal: each folded word with its positions, weighted A (label), B (names) or C (description); and
    /// the number of words, bm25's document length.
    /// </summary>
    public static (string Vector, int Length) Document(string label, IReadOnlyList<string> names, string description)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var length = 0;
        Add(label, 'A');
        foreach (var name in names)
        {
            Add(name, 'B');
        }

        Add(description, 'C');
        return (string.Join(' ', positions.Select(p => Quote(p.Key) + ":" + string.Join(',', p.Value))), length);

        void Add(string text, char weight)
        {
            foreach (var word in SearchTerms.Split(text))
            {
                // PostgreSQL keeps positions up to 16383; later words still count, at the last position.
                length++;
                var lexeme = SearchFolding.Fold(word);
                if (!positions.TryGetValue(lexeme, out var list))
                {
                    positions[lexeme] = list = [];
                }

                list.Add(Math.Min(length, 16383).ToString(CultureInfo.InvariantCulture) + weight);
            }
        }
    }

    private static string Quote(string lexeme) =>
        new StringBuilder("'").Append(lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append('\'').ToString();
}
