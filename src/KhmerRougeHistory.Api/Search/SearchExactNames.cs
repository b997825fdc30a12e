namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// Whether the words of a search are one of a subject's names, whole: each of its label and cited names cut into words
/// and folded as the index does, one per line, so that "khmer rouge" is the line "khmer rouge" of the Khmer Rouge and
/// not of the Khmer Rouge regime. A subject named so ranks above every other match, whatever bm25 says of the lengths.
/// </summary>
public static class SearchExactNames
{
    /// <summary>The lines stored with a subject in the index, framed by line breaks.</summary>
    public static string Of(IEnumerable<string> names) =>
        "\n" + string.Join('\n', names.Select(n => Line(SearchTerms.Split(n))).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) + "\n";

    /// <summary>What a search's words must equal, framed by line breaks to match a whole line.</summary>
    internal static string Search(IReadOnlyList<string> words) => "\n" + Line(words) + "\n";

    /// <summary>The same for a search's text, cut into words as the search cuts it.</summary>
    public static string ForText(string text) => Search(SearchTerms.Split(text));

    private static string Line(IReadOnlyList<string> words) => string.Join(' ', words.Select(SearchFolding.Fold));
}
