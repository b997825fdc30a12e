using System.Globalization;
using System.Text;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Subjects;
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
    /// <summary>A subject's own words (label, names, description): what ranks it.</summary>
    public const string Table = "\"" + SearchIndexBuilder.TableName + "\"";

    /// <summary>The words of the claims about a subject: what finds it after the subjects whose own words match.</summary>
    public const string ClaimWordsTable = "\"" + SearchIndexBuilder.ClaimWordsTableName + "\"";

    private static string CreateTable(string table) =>
        "CREATE TABLE " + table + " (\"Key\" text COLLATE \"C\" PRIMARY KEY, " +
        "\"SubjectType\" text NOT NULL, \"Document\" tsvector NOT NULL, \"Length\" integer NOT NULL, \"Exact\" text NOT NULL)";

    private static string CreateIndex(string table) =>
        "CREATE INDEX \"IX_" + table.Trim('"') + "_Document\" ON " + table + " USING gin (\"Document\")";

    private static string Insert(string table) =>
        "INSERT INTO " + table + " (\"Key\", \"SubjectType\", \"Document\", \"Length\", \"Exact\") " +
        "SELECT k, t, d::tsvector, l, e FROM unnest({0}, {1}, {2}, {3}, {4}) AS x(k, t, d, l, e)";

    /// <summary>
    /// FTS5's bm25 (k1 = 1.2, b = 0.75) with the column weights SQLite's index stores (label 10, names 8, description
    /// 1; here the weights A, B and C of each position): for each word, its IDF over the whole index times its
    /// weighted count in the subject, saturated and normalised by the subject's length against the average. Negated,
    /// as FTS5's rank is: lower is better. Rows of "Key", "SubjectType" and "Rank"; <paramref name="terms"/> is the
    /// placeholder of the folded words, <paramref name="query"/> that of the tsquery of all of them. The words hold only
    /// letters, digits and marks (<see cref="SearchTerms.Split"/>), so each makes a prefix query. The claim words'
    /// index weighs every word C (1), as FTS5's weight of its one column.
    /// </summary>
    public static string Matches(string terms, string query, string table = Table) =>
        "WITH terms AS (SELECT t.term, t.i FROM unnest(" + terms + "::text[]) WITH ORDINALITY AS t(term, i)), " +
        "stats AS (SELECT count(*)::float8 AS n, sum(\"Length\")::float8 AS tokens FROM " + table + "), " +
        "idf AS (SELECT terms.term, terms.i, CASE WHEN x.idf > 0 THEN x.idf ELSE 1e-6 END AS idf FROM terms CROSS JOIN stats " +
        "CROSS JOIN LATERAL (SELECT count(*)::float8 AS hits FROM " + table + " AS s " +
        "WHERE s.\"Document\" @@ CAST('''' || terms.term || ''':*' AS tsquery)) AS h " +
        "CROSS JOIN LATERAL (SELECT ln((stats.n - h.hits + 0.5) / (h.hits + 0.5)) AS idf) AS x), " +
        "hits AS (SELECT \"Key\", \"SubjectType\", \"Document\", \"Length\" FROM " + table + " WHERE \"Document\" @@ CAST(" + query + " AS tsquery)) " +
        "SELECT hits.\"Key\", hits.\"SubjectType\", " +
        "-sum(idf.idf * (f.freq * 2.2) / (f.freq + 1.2 * (1 - 0.75 + 0.75 * hits.\"Length\" / (stats.tokens / stats.n))) ORDER BY idf.i) AS \"Rank\" " +
        "FROM hits CROSS JOIN stats CROSS JOIN idf " +
        "CROSS JOIN LATERAL (SELECT coalesce(sum(CASE w WHEN 'A' THEN 10 WHEN 'B' THEN 8 WHEN 'C' THEN 1 ELSE 0 END), 0)::float8 AS freq " +
        "FROM unnest(hits.\"Document\") AS u(lexeme, positions, weights) CROSS JOIN unnest(u.weights) AS w " +
        "WHERE starts_with(u.lexeme, idf.term)) AS f " +
        "GROUP BY hits.\"Key\", hits.\"SubjectType\"";

    private const int BatchSize = 1000;

    /// <summary>Builds both indexes from the subjects and claims already saved through <paramref name="context"/>.</summary>
    public static async Task BuildAsync(HistoryDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await BuildOwnWordsAsync(context, cancellationToken);
        await BuildClaimWordsAsync(context, cancellationToken);
    }

    private static async Task BuildOwnWordsAsync(HistoryDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.ExecuteSqlRawAsync(CreateTable(Table), cancellationToken);
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
                batch.Select(s => SearchExactNames.Of([s.Label, .. names[s.Key]])).ToArray(),
            ];
            await context.Database.ExecuteSqlRawAsync(Insert(Table), columns, cancellationToken);
        }

        await context.Database.ExecuteSqlRawAsync(CreateIndex(Table), cancellationToken);
    }

    // The claim words as SQLite's index holds them (SearchIndexBuilder.ClaimWordsSelect): each subject's distinct
    // claim texts and related entities' labels, names and deprecated claims left out.
    private static async Task BuildClaimWordsAsync(HistoryDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.ExecuteSqlRawAsync(CreateTable(ClaimWordsTable), cancellationToken);
        var words = (await context.Claims.AsNoTracking()
                .Where(c => c.Property != ClaimProperty.Name && c.Rank != Rank.Deprecated && (c.ValueText != null || c.ValueSubject != null))
                .Select(c => new { c.SubjectKey, Word = c.ValueText ?? c.ValueSubject!.Label })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(w => w.SubjectKey, w => w.Word, StringComparer.Ordinal);
        var subjects = await context.Subjects.AsNoTracking()
            .OrderBy(s => s.Key)
            .Select(s => new { s.Key, Type = EF.Property<string>(s, SubjectConfiguration.DiscriminatorColumn) })
            .ToListAsync(cancellationToken);
        foreach (var batch in subjects.Where(s => words.Contains(s.Key)).Chunk(BatchSize))
        {
            var documents = batch.Select(s => Document([.. words[s.Key].Order(StringComparer.Ordinal)])).ToList();
            object[] columns =
            [
                batch.Select(s => s.Key).ToArray(), batch.Select(s => s.Type).ToArray(),
                documents.Select(d => d.Vector).ToArray(), documents.Select(d => d.Length).ToArray(),
                batch.Select(_ => string.Empty).ToArray(),
            ];
            await context.Database.ExecuteSqlRawAsync(Insert(ClaimWordsTable), columns, cancellationToken);
        }

        await context.Database.ExecuteSqlRawAsync(CreateIndex(ClaimWordsTable), cancellationToken);
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
    public static (string Vector, int Length) Document(string label, IReadOnlyList<string> names, string description) =>
        Document([(label, 'A'), .. names.Select(n => (n, 'B')), (description, 'C')]);

    /// <summary>A claim-words document: every word weighted C, as the one column of SQLite's claim-words index.</summary>
    public static (string Vector, int Length) Document(IReadOnlyList<string> claimWords) => Document([.. claimWords.Select(w => (w, 'C'))]);

    private static (string Vector, int Length) Document(IReadOnlyList<(string Text, char Weight)> parts)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var length = 0;
        foreach (var (text, weight) in parts)
        {
            Add(text, weight);
        }

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
