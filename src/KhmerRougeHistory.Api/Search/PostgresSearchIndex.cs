using System.Text;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// The PostgreSQL counterpart of the FTS5 index: one <c>tsvector</c> per subject with a GIN index, matched with a
/// prefix <c>tsquery</c> and ranked with <c>ts_rank</c>. The words are cut and folded here, as SQLite's unicode61
/// tokenizer cuts and folds them (<see cref="SearchTerms"/>, <see cref="SearchFolding"/>), and the vector is written
/// as a literal: a text search configuration would cut "S-21" or "People’s" its own way, and stripping accents on the
/// server would need the unaccent extension. So a search finds the same subjects on both engines; only the ranking
/// formula differs (ts_rank, not bm25).
/// </summary>
internal static class PostgresSearchIndex
{
    private const string CreateTable =
        "CREATE TABLE \"" + SearchIndexBuilder.TableName + "\" (\"Key\" text COLLATE \"C\" PRIMARY KEY, " +
        "\"SubjectType\" text NOT NULL, \"Document\" tsvector NOT NULL)";

    private const string CreateIndex =
        "CREATE INDEX \"IX_" + SearchIndexBuilder.TableName + "_Document\" ON \"" + SearchIndexBuilder.TableName + "\" USING gin (\"Document\")";

    private const string Insert =
        "INSERT INTO \"" + SearchIndexBuilder.TableName + "\" (\"Key\", \"SubjectType\", \"Document\") " +
        "SELECT k, t, d::tsvector FROM unnest({0}, {1}, {2}) AS x(k, t, d)";

    /// <summary>
    /// Weights of D, C, B, A: the label (A) counts most, a cited name (B) nearly as much, the description (C) little,
    /// as bm25's column weights 10, 8 and 1 do on SQLite. Normalization 1 divides by the log of the document's
    /// length, so a short label that is all match ranks above a long one. Ties by key, byte order.
    /// </summary>
    public const string Query =
        "SELECT i.\"Key\", i.\"SubjectType\", ts_rank(ARRAY[0, 0.1, 0.8, 1]::real[], i.\"Document\", q.query, 1)::float8 AS \"Rank\" " +
        "FROM \"" + SearchIndexBuilder.TableName + "\" AS i, CAST({0} AS tsquery) AS q(query) " +
        "WHERE i.\"Document\" @@ q.query ORDER BY \"Rank\" DESC, i.\"Key\" LIMIT {1}";

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
            string[] keys = [.. batch.Select(s => s.Key)];
            string[] types = [.. batch.Select(s => s.Type)];
            string[] documents = [.. batch.Select(s => Document(s.Label, [.. names[s.Key].Order(StringComparer.Ordinal)], s.Description))];
            await context.Database.ExecuteSqlRawAsync(Insert, [keys, types, documents], cancellationToken);
        }

        await context.Database.ExecuteSqlRawAsync(CreateIndex, cancellationToken);
    }

    /// <summary><c>'pol':* &amp; 'pot':*</c>: every word, folded, as a quoted prefix; all required.</summary>
    public static string ToQuery(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return string.Join(" & ", words.Select(w => Quote(SearchFolding.Fold(w)) + ":*"));
    }

    /// <summary>A tsvector literal: each folded word with its positions, weighted A (label), B (names) or C (description).</summary>
    public static string Document(string label, IReadOnlyList<string> names, string description)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var position = 0;
        Add(label, 'A');
        foreach (var name in names)
        {
            Add(name, 'B');
        }

        Add(description, 'C');
        return string.Join(' ', positions.Select(p => Quote(p.Key) + ":" + string.Join(',', p.Value)));

        void Add(string text, char weight)
        {
            foreach (var word in SearchTerms.Split(text))
            {
                // PostgreSQL keeps positions up to 16383; later words still match, at the last position.
                position = Math.Min(position + 1, 16383);
                var lexeme = SearchFolding.Fold(word);
                if (!positions.TryGetValue(lexeme, out var list))
                {
                    positions[lexeme] = list = [];
                }

                list.Add(position.ToString(System.Globalization.CultureInfo.InvariantCulture) + weight);
            }
        }
    }

    private static string Quote(string lexeme) =>
        new StringBuilder("'").Append(lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append('\'').ToString();
}
