using System.Globalization;
using System.Text;

namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// Turns what a user typed into an FTS5 match expression that can only mean "every word, as a prefix".
/// The user's text never reaches FTS5 as syntax: it is cut into words here and each word is quoted.
/// </summary>
internal static class SearchTerms
{
    /// <summary>
    /// The words of <paramref name="text"/>: runs of letters, digits and combining marks. Everything else
    /// (spaces, punctuation, symbols, FTS5 operators' quotes, stars, brackets, colons) separates words, as it
    /// does for the unicode61 tokenizer that built the index. A run without a letter or digit is dropped.
    /// </summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        var hasLetterOrDigit = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (IsWordPart(category))
            {
                word.Append(rune.ToString());
                hasLetterOrDigit |= !IsMark(category);
                continue;
            }

            Flush();
        }

        Flush();
        return words;

        void Flush()
        {
            if (hasLetterOrDigit)
            {
                words.Add(word.ToString());
            }

            word.Clear();
            hasLetterOrDigit = false;
        }
    }

    /// <summary>
    /// <c>"pol"* AND "pot"*</c>: each word a quoted prefix, all required. The words hold no quote, so
    /// <c>OR</c>, <c>NEAR</c> or <c>*</c> typed by a user are just words (or separators) here.
    /// </summary>
    public static string ToMatchExpression(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return string.Join(" AND ", words.Select(w => "\"" + w + "\"*"));
    }

    private static bool IsWordPart(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or
        UnicodeCategory.PrivateUse || IsMark(category);

    // A decomposed accent (u + U+0301) stays inside its word; unicode61 then removes it like a precomposed one.
    private static bool IsMark(UnicodeCategory category) => category is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
