using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Data.Files;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Benchmarks.Baseline;

/// <summary>Hand-written SQL for the two baseline operations, on the same read-only connection string as the API.</summary>
internal static partial class BaselineSql
{
    public const string PersonLabel = "SELECT Label FROM Subjects WHERE \"Key\" = $key AND SubjectType = 'Person'";

    public const string PersonNames =
        "SELECT c.Id, c.ValueText, c.NameType, ci.Wording, s.Title, ci.SourceKey FROM Claims AS c " +
        "JOIN Citations AS ci ON ci.ClaimId = c.Id JOIN Sources AS s ON s.\"Key\" = ci.SourceKey " +
        "WHERE c.SubjectKey = $key AND c.Property = 'Name' AND c.Rank <> 'Deprecated' ORDER BY c.Id, ci.Ordinal";

    public const string Search =
        "SELECT i.\"Key\", i.SubjectType, s.Label, s.Kind, s.SortStart FROM SubjectSearchIndex AS i " +
        "JOIN Subjects AS s ON s.\"Key\" = i.\"Key\" WHERE SubjectSearchIndex MATCH $match " +
        "ORDER BY CASE WHEN instr(i.Exact, $exact) > 0 THEN 2.0 ELSE 1.0 END + -i.rank / (1.0 - i.rank) DESC, i.\"Key\" LIMIT $first";

    // Names of up to 50 subjects; unused parameters are null.
    public static readonly string SearchNames =
        "SELECT SubjectKey, ValueText, NameType FROM Claims WHERE Property = 'Name' AND Rank <> 'Deprecated' AND SubjectKey IN (" +
        string.Join(", ", Enumerable.Range(0, 50).Select(i => "$k" + i)) + ") ORDER BY SubjectKey, Id";

    public static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(SqliteConnectionStrings.ReadOnly(databasePath));
        connection.Open();
        return connection;
    }

    /// <summary>
    /// "tuól sl" → <c>"tuól"* AND "sl"*</c>: every word as a prefix, cut into words as the API's search cuts them
    /// (SearchTerms: runs of letters, digits and combining marks, with at least one letter or digit). Cutting at
    /// spaces only would send "s-21" to FTS5 as one phrase, which ranks other subjects first.
    /// </summary>
    public static string MatchExpression(string text) =>
        string.Join(" AND ", Words().Matches(text).Select(w => $"\"{w.Value}\"*"));

    /// <summary>Enum values as GraphQL names them: <c>RevolutionaryName</c> → <c>REVOLUTIONARY_NAME</c>.</summary>
    public static string EnumName(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length + 4);
        for (var i = 0; i < value.Length; i++)
        {
            if (i > 0 && char.IsUpper(value[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(value[i]));
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}\p{Co}]*[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{M}\p{Co}]*")]
    private static partial Regex Words();
}
