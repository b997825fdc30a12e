using System.Diagnostics;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using KhmerRougeHistory.Api.Tests.Telemetry;
using Npgsql;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>On PostgreSQL the SQL spans name PostgreSQL and its database, not SQLite and a file.</summary>
[Collection(PostgresDatabaseGroup.Name)]
public sealed class PostgresTracingTests(PostgresDatabase database) : IDisposable
{
    private readonly TelemetryApi _api = new(HistoryApiFactory.OnPostgres(database.Schema.Name));

    [PostgresFact]
    public async Task SqlSpans_NamePostgreSqlAndTheDatabase()
    {
        var (traceId, _, body) = await _api.PostInTraceAsync("{ persons(first: 2) { nodes { label } } }");

        GraphQLAssert.Data(body);
        var statements = (await _api.TraceAsync(traceId)).Where(s => s.Kind == ActivityKind.Client).ToList();
        var databaseName = new NpgsqlConnectionStringBuilder(PostgresServer.RequiredConnectionString).Database;
        Assert.NotEmpty(statements);
        Assert.All(statements, statement =>
        {
            Assert.Equal($"SELECT {databaseName}", statement.DisplayName);
            Assert.Equal("postgresql", statement.GetTagItem("db.system"));
            Assert.Equal("postgresql", statement.GetTagItem("db.system.name"));
            Assert.Equal(databaseName, statement.GetTagItem("db.namespace"));
        });
    }

    public void Dispose() => _api.Dispose();
}
