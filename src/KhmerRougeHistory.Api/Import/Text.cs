using System.Text;

namespace KhmerRougeHistory.Api.Import;

/// <summary>Text checks and the normalisation used to compare quotes with documents.</summary>
internal static class Text
{
    public static void Require(string? value, string field, ProblemLocation at, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(at.Field(field, "must not be empty."));
        }
        else if (value != value.Trim())
        {
            problems.Add(at.Field(field, "has leading or trailing white space."));
        }
    }

    /// <summary>
    /// Folds runs of white space to one space and typographic quotes to plain ones: the only differences
    /// between a quote and its document that a verbatim check forgives (line breaks in captions, curly quotes).
    /// </summary>
    public static string NormaliseForQuoteMatch(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                }

                inSpace = true;
                continue;
            }

            inSpace = false;
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                _ => c,
            });
        }

        return builder.ToString().Trim();
    }
}
