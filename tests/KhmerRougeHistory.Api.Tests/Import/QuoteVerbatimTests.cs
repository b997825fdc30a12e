using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Import;

[Collection(CuratedDatabaseGroup.Name)]
public sealed class QuoteVerbatimTests(CuratedDatabase database)
{
    /// <summary>
    /// Every quote occurs in its document (white space and typographic quotes normalised). The documents
    /// are in ../shared/seeds beside the repository; CI always has them, so there a missing folder fails.
    /// </summary>
    [Fact]
    public void EveryQuote_OccursVerbatimInItsSourceDocument()
    {
        if (!Directory.Exists(RepositoryPaths.SeedsDirectory))
        {
            Assert.False(RepositoryPaths.RunningOnCi, $"CI must have the source documents at {RepositoryPaths.SeedsDirectory}.");
            return;
        }

        var misquotes = QuoteVerifier.FindMisquotes(database.Dataset, RepositoryPaths.SeedsDirectory);

        Assert.True(misquotes.Count == 0, "Quotes that are not verbatim:\n" + string.Join("\n", misquotes));
    }

    [Fact]
    public void Importer_WithDocuments_RejectsAQuoteThatIsNotInItsDocument()
    {
        if (!Directory.Exists(RepositoryPaths.SeedsDirectory))
        {
            Assert.False(RepositoryPaths.RunningOnCi, $"CI must have the source documents at {RepositoryPaths.SeedsDirectory}.");
            return;
        }

        using var temp = new TempDirectory();
        var data = new CuratedDataCopy(temp);
        const string Altered = "S-21 held exactly 99,999 prisoners.";
        data.Edit(CuratedDataCopy.FirstClaimsFile, n =>
        {
            n["claims"]![0]!["quote"] = Altered;
            n["claims"]![0]!.AsObject().Remove("wording");
        });

        var error = Assert.Throws<ImportException>(() => HistoryImporter.Load(data.Directory, RepositoryPaths.SeedsDirectory));

        var problem = Assert.Single(error.Problems);
        Assert.Contains("the quote does not occur in the document", problem, StringComparison.Ordinal);
        Assert.Contains(Altered, problem, StringComparison.Ordinal);
    }
}
