using System.Net;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Tests.Health;

/// <summary>A database that breaks while the API serves: readiness fails and says which problem it has, not where the file is.</summary>
public sealed class DatabaseProblemHealthTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Ready_WhenTheFileIsOverwritten_Returns503NamingTheProblem()
    {
        var path = _temp.File("history.db");
        await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, path, TimeProvider.System);
        using var factory = new HistoryApiFactory(path, buildOnStartup: false);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        // In place, as a failing disk or a careless copy would: the same file now holds something else.
        await File.WriteAllTextAsync(path, "not a database any more");
        SqliteConnection.ClearAllPools();
        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("NotADatabase", (string?)body?["checks"]?["database"]?["data"]?["problem"]);
        Assert.Equal("The database file is not a SQLite database.", (string?)body?["checks"]?["database"]?["description"]);
        Assert.DoesNotContain(_temp.Path, body!.ToJsonString(), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
