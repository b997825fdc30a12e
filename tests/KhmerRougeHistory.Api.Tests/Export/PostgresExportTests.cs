using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using KhmerRougeHistory.Api.Tests.Postgres;

namespace KhmerRougeHistory.Api.Tests.Export;

/// <summary>On PostgreSQL there is no database file to offer; the generated files are the same bytes as on SQLite.</summary>
[Collection(PostgresDatabaseGroup.Name)]
public sealed class PostgresExportTests(CuratedDatabase sqlite, PostgresDatabase postgres) : IDisposable
{
    private readonly HistoryApiFactory _sqlite = new(sqlite.FilePath);
    private readonly HistoryApiFactory _postgres = HistoryApiFactory.OnPostgres(postgres.Schema.Name);

    [PostgresFact]
    public async Task Listing_OnPostgres_HasNoDatabaseFile()
    {
        var listing = await new ExportListingClient(_postgres.CreateClient()).ListingAsync();

        var names = listing["files"]!.AsArray().Select(f => (string)f!["name"]!).ToList();
        Assert.DoesNotContain(names, n => n.EndsWith(".db", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".jsonl", StringComparison.Ordinal));
        using var response = await _postgres.CreateClient().GetAsync(new Uri($"/export/khmer-rouge-history-{listing["dataVersion"]}.db", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [PostgresTheory]
    [InlineData(".jsonl")]
    [InlineData("-datapackage.json")]
    [InlineData("-claims.csv")]
    [InlineData("-citations.csv")]
    [InlineData("-subjects.csv")]
    [InlineData("-sources.csv")]
    [InlineData("-claim-groups.csv")]
    public async Task GeneratedFile_OnPostgres_IsTheSameAsOnSqlite(string suffix)
    {
        var onSqlite = await new ExportListingClient(_sqlite.CreateClient()).DownloadAsync(suffix);
        var onPostgres = await new ExportListingClient(_postgres.CreateClient()).DownloadAsync(suffix);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(onSqlite), System.Text.Encoding.UTF8.GetString(onPostgres));
    }

    public void Dispose()
    {
        _sqlite.Dispose();
        _postgres.Dispose();
    }
}
