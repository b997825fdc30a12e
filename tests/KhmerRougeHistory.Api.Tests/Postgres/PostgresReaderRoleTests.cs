using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Npgsql;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>
/// The set-up README recommends: the importing role grants, through default privileges, USAGE on its schemas and
/// SELECT on its tables to the API's role. The API then serves with a role that can only read, and keeps serving
/// after a re-import has renamed a new schema into place.
/// </summary>
// Serial with the other PostgreSQL tests: the default privileges it sets apply to every schema created meanwhile.
[Collection(PostgresDatabaseGroup.Name)]
public sealed class PostgresReaderRoleTests : IDisposable
{
    private readonly PostgresSchema _schema = new();
    private string Reader => _schema.Name + "_reader";

    [PostgresFact]
    public async Task ApiWithASelectOnlyRole_ServesEveryImport_AndTheRoleCannotWrite()
    {
        await ExecuteAsync(
            $"CREATE ROLE {Reader} LOGIN PASSWORD 'reader'",
            $"ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO {Reader}",
            $"ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO {Reader}");
        await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, _schema.Database, TimeProvider.System);
        await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, _schema.Database, TimeProvider.System);
        var readerConnection = new NpgsqlConnectionStringBuilder(PostgresServer.RequiredConnectionString) { Username = Reader, Password = "reader" }.ConnectionString;
        using var factory = HistoryApiFactory.OnPostgres(_schema.Name, connectionString: readerConnection);

        var (_, body) = await GraphQLClient.PostAsync(factory.CreateClient(), """{ search(text: "duch") { label } persons(first: 1) { totalCount } }""");

        var data = GraphQLAssert.Data(body);
        Assert.Equal("Duch", (string?)data["search"]![0]!["label"]);
        Assert.True((int)data["persons"]!["totalCount"]! > 10);
        await using var connection = new NpgsqlConnection(readerConnection + $";Search Path={_schema.Name}");
        await connection.OpenAsync();
        await using var delete = new NpgsqlCommand("DELETE FROM \"Citations\"", connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    public void Dispose()
    {
        if (PostgresServer.ConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        _schema.Dispose();
        ExecuteAsync(
            $"ALTER DEFAULT PRIVILEGES REVOKE USAGE ON SCHEMAS FROM {Reader}",
            $"ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM {Reader}",
            $"DROP ROLE IF EXISTS {Reader}").GetAwaiter().GetResult();
    }

    private static async Task ExecuteAsync(params string[] statements)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.RequiredConnectionString);
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
#pragma warning disable CA2100 // Test SQL over the test's own role and schema names.
            await using var command = new NpgsqlCommand(statement, connection);
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync();
        }
    }
}
