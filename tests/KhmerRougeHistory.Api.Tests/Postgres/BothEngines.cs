using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>
/// The real application twice, over the curated data on SQLite and on PostgreSQL, to send both the same request and
/// compare the two JSON responses: stronger than a snapshot of each, since every field and every order must agree.
/// </summary>
public sealed class BothEngines : IDisposable
{
    private readonly HistoryApiFactory _sqlite;
    private readonly HistoryApiFactory _postgres;

    public BothEngines(CuratedDatabase sqlite, PostgresDatabase postgres)
    {
        ArgumentNullException.ThrowIfNull(sqlite);
        ArgumentNullException.ThrowIfNull(postgres);
        _sqlite = new HistoryApiFactory(sqlite.FilePath).Unthrottled();
        _postgres = HistoryApiFactory.OnPostgres(postgres.Schema.Name);
        Sqlite = _sqlite.CreateClient();
        Postgres = _postgres.CreateClient();
    }

    public HttpClient Sqlite { get; }

    public HttpClient Postgres { get; }

    public IServiceProvider PostgresServices => _postgres.Services;

    /// <summary>Both engines answer without errors and with the same JSON; returns PostgreSQL's data.</summary>
    public async Task<JsonNode> AssertSameAsync(string query, object? variables = null)
    {
        var (_, sqlite) = await GraphQLClient.PostAsync(Sqlite, query, variables);
        var (_, postgres) = await GraphQLClient.PostAsync(Postgres, query, variables);

        GraphQLAssert.Data(sqlite);
        var data = GraphQLAssert.Data(postgres);
        Assert.Equal(GraphQLClient.Compact(sqlite), GraphQLClient.Compact(postgres));
        return data;
    }

    public void Dispose()
    {
        Sqlite.Dispose();
        Postgres.Dispose();
        _sqlite.Dispose();
        _postgres.Dispose();
    }
}
