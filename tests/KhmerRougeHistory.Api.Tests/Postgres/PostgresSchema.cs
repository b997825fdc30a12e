using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Npgsql;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>A schema of its own on the test server, for one fixture or test, dropped at the end.</summary>
public sealed class PostgresSchema : IDisposable
{
    public string Name { get; } = "krh_test_" + Guid.NewGuid().ToString("N")[..12];

    public HistoryDatabase Database => HistoryDatabase.Resolve(
        PostgresServer.RequiredConnectionString,
        RepositoryPaths.Root,
        new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, Schema = Name, DataDirectory = RepositoryPaths.DataDirectory });

    public void Dispose()
    {
        if (PostgresServer.ConnectionString is not { } connectionString)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE; DROP SCHEMA IF EXISTS {Name}_building CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
