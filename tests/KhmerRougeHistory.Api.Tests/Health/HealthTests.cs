using System.Net;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.Health;

/// <summary>/health/live says the process answers; /health/ready that the database answers read-only and the schema is built.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class HealthTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task Live_Returns200HealthyWithoutChecks()
    {
        var (response, body) = await GetAsync(_factory.CreateClient(), "/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", (string?)body?["status"]);
        Assert.Empty(body!["checks"]!.AsObject());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Ready_Returns200WithTheDatabaseAndSchemaChecks()
    {
        var (response, body) = await GetAsync(_factory.CreateClient(), "/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)body?["status"]);
        Assert.Equal("Healthy", (string?)body?["checks"]?["database"]?["status"]);
        Assert.Equal(database.Dataset.Hash, (string?)body?["checks"]?["database"]?["data"]?["dataVersion"]);
        Assert.Equal("Healthy", (string?)body?["checks"]?["schema"]?["status"]);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Ready_WhenTheDatabaseFails_Returns503WithoutTheExceptionsDetails()
    {
        using var broken = new HistoryApiFactory(database.FilePath).WithTestServices(services =>
            services.AddSingleton<IDbContextFactory<HistoryDbContext>>(new FailingContextFactory()));

        var (response, body) = await GetAsync(broken.CreateClient(), "/health/ready");
        var (live, _) = await GetAsync(broken.CreateClient(), "/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", (string?)body?["status"]);
        Assert.Equal("Unhealthy", (string?)body?["checks"]?["database"]?["status"]);
        Assert.DoesNotContain(FailingContextFactory.Secret, body!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<(HttpResponseMessage Response, JsonNode? Body)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    private sealed class FailingContextFactory : IDbContextFactory<HistoryDbContext>
    {
        public const string Secret = "Data Source=/secret/path.db";

        public HistoryDbContext CreateDbContext() => throw new InvalidOperationException(Secret);
    }
}
