namespace KhmerRougeHistory.Api.Import;

/// <summary>
/// Checks that every quote occurs verbatim in its source document (white space and typographic quotes
/// normalised). The documents live outside the repository, so this runs where they are available.
/// </summary>
public static class QuoteVerifier
{
    public static IReadOnlyList<string> FindMisquotes(HistoryDataset dataset, string documentsDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var problems = new List<string>();
        var documents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var source in dataset.Sources)
        {
            var path = Path.Combine(documentsDirectory, source.DocumentFile);
            documents[source.Key] = File.Exists(path) ? Text.NormaliseForQuoteMatch(File.ReadAllText(path)) : null;
            if (documents[source.Key] is null)
            {
                problems.Add($"{source.Key}: its document '{source.DocumentFile}' is not in {documentsDirectory}.");
            }
        }

        foreach (var claim in dataset.Claims)
        {
            foreach (var citation in claim.Citations)
            {
                if (documents.GetValueOrDefault(citation.SourceKey) is { } document
                    && !document.Contains(Text.NormaliseForQuoteMatch(citation.Quote), StringComparison.Ordinal))
                {
                    problems.Add($"{citation.SourceKey}, claim {claim.SubjectKey} {claim.Property}: the quote does not occur in the document: \"{citation.Quote}\"");
                }
            }
        }

        return problems;
    }
}
