using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Npgsql;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>A schema of its own on the test server, for one fixture or test, dropped at the end.</summary>
public sealed class PostgresSchema : IAsyncDisposable
{
    public string Name { get; } = "krh_test_" + Guid.NewGuid().ToString("N")[..12];

    public HistoryDatabase Database => HistoryDatabase.Resolve(
        PostgresServer.RequiredConnectionString,
        RepositoryPaths.Root,
        new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, Schema = Name, DataDirectory = RepositoryPaths.DataDirectory });

    public async ValueTask DisposeAsync()
    {
        if (PostgresServer.ConnectionString is not { } connectionString)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE; DROP SCHEMA IF EXISTS {Name}_building CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
