using System.Text.RegularExpressions;

namespace KhmerRougeHistory.Api.Tests.Performance;

/// <summary>The lines of SQLite plans that read a big table whole, each with its statement.</summary>
public static partial class BigTableScans
{
    public static List<string> In(IEnumerable<(string Sql, IReadOnlyList<string> Plan)> plans) =>
        [.. plans.SelectMany(p => p.Plan.Where(line => ScansBigTable(line, p.Sql)).Select(line => $"{line}\n  in: {p.Sql}"))];

    /// <summary>Fails, naming <paramref name="what"/> and each scan with its statement, when a plan reads a big table whole.</summary>
    public static void AssertNone(string what, IEnumerable<(string Sql, IReadOnlyList<string> Plan)> plans)
    {
        var scans = In(plans);
        Assert.True(scans.Count == 0, $"{what}: full scans of big tables:\n{string.Join("\n", scans)}");
    }

    // "SCAN c" or "SCAN c USING INDEX ..." (a whole index is still the whole table), where the alias c ("Claims" AS c,
    // quoted or not) names a big table; a filter's aliases (x1, x2) start again for each relation, so any table the
    // alias names counts. Sources (one row per document) and json_each are small.
    private static bool ScansBigTable(string line, string sql)
    {
        var scan = Scan().Match(line);
        if (!scan.Success)
        {
            return false;
        }

        var name = scan.Groups[1].Value;
        var tables = Regex.Matches(sql, $"\"(\\w+)\" AS \"?{Regex.Escape(name)}\\b", RegexOptions.CultureInvariant).Select(alias => alias.Groups[1].Value).DefaultIfEmpty(name);
        return tables.Any(table => table is "Claims" or "Citations" or "Subjects" or "ClaimGroups");
    }

    [GeneratedRegex(@"^SCAN (\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex Scan();
}
