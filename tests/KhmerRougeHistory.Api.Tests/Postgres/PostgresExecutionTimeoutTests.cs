using System.Diagnostics;
using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using KhmerRougeHistory.Api.Tests.Limits;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>
/// On PostgreSQL the execution time-out cancels the statement on the server (Npgsql sends a cancel request when the
/// token fires): the request is answered 504 and the server is not left running the statement.
/// </summary>
[Collection(PostgresDatabaseGroup.Name)]
public sealed class PostgresExecutionTimeoutTests : IDisposable
{
    private readonly SlowStatementInterceptor _slow = new();
    private readonly HistoryApiFactory _factory;

    public PostgresExecutionTimeoutTests(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _factory = HistoryApiFactory.OnPostgres(database.Schema.Name)
            .With("Limits:ExecutionTimeout", "00:00:00.5")
            .WithServices(services => services.AddSingleton<IInterceptor>(_slow));
    }

    [PostgresFact]
    public async Task StatementRunningPastTheTimeout_IsCancelledOnTheServer_AndAnswered504()
    {
        var client = _factory.CreateClient();
        const string Next = "{ dataVersion persons(first: 2) { nodes { id } } }";
        // Warm: the first run of a query compiles it, which may itself take longer than this short time-out.
        await SendAsync(client, PostQuery(Next));
        _slow.Arm();
        var stopwatch = Stopwatch.StartNew();

        var (response, body) = await SendAsync(client, PostQuery("{ __typename dataVersion }")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("0.5 s", GraphQLAssert.ErrorCode(body, "EXECUTION_TIMEOUT"), StringComparison.Ordinal);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(20));
        Assert.Equal(0L, await RunningEndlessStatementsAsync());
        var (after, afterBody) = await SendAsync(client, PostQuery(Next));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        GraphQLAssert.Data(afterBody);
    }

    public void Dispose()
    {
        _factory.Dispose();
    }

    // The cancel request is asynchronous on the server: give it a moment before calling the statement a survivor.
    private static async Task<long> RunningEndlessStatementsAsync()
    {
        await using var connection = new NpgsqlConnection(PostgresServer.RequiredConnectionString);
        await connection.OpenAsync();
        long running = 0;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'WITH RECURSIVE n(x)%' AND pid <> pg_backend_pid()", connection);
            running = (long)(await command.ExecuteScalarAsync())!;
            if (running == 0)
            {
                break;
            }

            await Task.Delay(100);
        }

        return running;
    }
}
