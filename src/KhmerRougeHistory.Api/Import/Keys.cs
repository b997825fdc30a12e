using System.Text.RegularExpressions;

namespace KhmerRougeHistory.Api.Import;

/// <summary>Key syntax: a type prefix and lower-case ASCII words joined by '-'.</summary>
internal static partial class Keys
{
    public static void Check(string key, string prefix, ProblemLocation at, List<string> problems)
    {
        if (!key.StartsWith(prefix, StringComparison.Ordinal) || !Slug().IsMatch(key[prefix.Length..]))
        {
            problems.Add(at.Field("key", $"'{key}' must be '{prefix}' followed by lower-case ASCII words joined by '-'."));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
