using KhmerRougeHistory.Api.Search;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Tests.Performance;

/// <summary>
/// The importer fills the search index with every subject's cited names, one correlated subquery per subject. It must
/// read only that subject's claims: reading all names for each subject took hours on a million claims.
/// </summary>
public sealed class SearchIndexBuildPlanTests(SyntheticDatabase database) : IClassFixture<SyntheticDatabase>
{
    [Fact]
    public async Task NamesOfEachSubject_AreReadThroughTheSubjectsIndex()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database.FilePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var fill = connection.CreateCommand();
        fill.CommandText = SearchIndexBuilder.FillSelect;

        var plan = QueryPlanRecorder.Explain(fill);

        // "c" is the Claims alias in the subquery: "SEARCH c USING INDEX ..." or "SCAN c ...".
        var claims = Assert.Single(plan, line => line.StartsWith("SEARCH c ", StringComparison.Ordinal) || line.StartsWith("SCAN c", StringComparison.Ordinal));
        Assert.StartsWith("SEARCH c USING INDEX IX_Claims_SubjectKey_", claims, StringComparison.Ordinal);
        Assert.Contains("(SubjectKey=?", claims, StringComparison.Ordinal);
    }
}
