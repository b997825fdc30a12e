using System.Net;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>The API's PostgreSQL sessions are read-only: the server itself refuses a write, whatever the role may do.</summary>
[Collection(PostgresDatabaseGroup.Name)]
public sealed class PostgresReadOnlyTests(PostgresDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = HistoryApiFactory.OnPostgres(database.Schema.Name);

    [PostgresFact]
    public async Task ApiContext_IsPostgres_InAReadOnlySession()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HistoryDbContext>();

        Assert.True(db.Database.IsNpgsql());
        Assert.Equal(DatabaseProvider.PostgreSql, _factory.Services.GetRequiredService<HistoryDatabase>().Provider);
        Assert.Equal("on", await db.Database.SqlQueryRaw<string>("SELECT current_setting('transaction_read_only') AS \"Value\"").SingleAsync());
        Assert.Equal(database.Schema.Name, await db.Database.SqlQueryRaw<string>("SELECT current_schema() AS \"Value\"").SingleAsync());
    }

    [PostgresFact]
    public async Task ApiContext_RefusesWrites()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HistoryDbContext>();
        var before = await db.Subjects.CountAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"Citations\""));

        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, error.SqlState);
        Assert.Equal(before, await db.Subjects.CountAsync());
        Assert.True(before > 0);
    }

    [PostgresFact]
    public async Task Readiness_OnPostgres_IsHealthy()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("open read-only", body, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task DataVersion_OnPostgres_IsTheCuratedDataHash()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), "{ dataVersion }");

        Assert.Equal(Api.Import.HistoryImporter.CurrentDataHash(RepositoryPaths.DataDirectory), (string?)GraphQLAssert.Data(body)["dataVersion"]);
    }

    public void Dispose() => _factory.Dispose();
}
