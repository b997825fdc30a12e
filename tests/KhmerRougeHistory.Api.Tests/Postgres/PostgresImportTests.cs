using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Import.Postgres;
using KhmerRougeHistory.Api.Tests.EndToEnd.Processes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>
/// The importer on PostgreSQL: builds a schema beside the served one and renames it into place, so a rebuild or a
/// failed build never leaves readers with half a database; the API builds a missing schema on start.
/// </summary>
// Serial with the other PostgreSQL tests (see PostgresReaderRoleTests).
[Collection(PostgresDatabaseGroup.Name)]
public sealed class PostgresImportTests : IDisposable
{
    private readonly PostgresSchema _schema = new();

    [PostgresFact]
    public async Task Import_Twice_SwapsTheWholeSchemaAndLeavesNothingBehind()
    {
        var first = await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, _schema.Database, TimeProvider.System);
        var builtFirst = await ScalarAsync<DateTime>("SELECT \"BuiltAt\" FROM \"DatasetInfo\"");

        var second = await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, _schema.Database, TimeProvider.System);

        Assert.Equal(first.Hash, await DatabaseInspection.ReadDataHashAsync(_schema.Database, CancellationToken.None));
        Assert.True(await ScalarAsync<DateTime>("SELECT \"BuiltAt\" FROM \"DatasetInfo\"") > builtFirst);
        Assert.Equal(second.Subjects.Count, await ScalarAsync<long>("SELECT count(*) FROM \"Subjects\""));
        Assert.Equal(second.Subjects.Count, await ScalarAsync<long>("SELECT count(*) FROM \"SubjectSearchIndex\""));
        Assert.Equal(0L, await ScalarAsync<long>($"SELECT count(*) FROM pg_namespace WHERE nspname = '{_schema.Name}_building'"));
    }

    [PostgresFact]
    public async Task FailedBuild_LeavesTheServedSchemaUntouched()
    {
        var dataset = await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, _schema.Database, TimeProvider.System);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgresDatabaseBuilder.BuildAsync(
            _schema.Database, (_, _) => throw new InvalidOperationException("the build failed half-way"), _ => Task.FromResult(true), TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal("the build failed half-way", error.Message);
        Assert.Equal(dataset.Hash, await DatabaseInspection.ReadDataHashAsync(_schema.Database, CancellationToken.None));
        Assert.Equal(dataset.Claims.Count, await ScalarAsync<long>("SELECT count(*) FROM \"Claims\""));
        Assert.Equal(0L, await ScalarAsync<long>($"SELECT count(*) FROM pg_namespace WHERE nspname = '{_schema.Name}_building'"));
    }

    [PostgresFact]
    public async Task ApiStartingOnAMissingSchema_BuildsIt()
    {
        Assert.Null(await DatabaseInspection.ReadDataHashAsync(_schema.Database, CancellationToken.None));
        using var factory = HistoryApiFactory.OnPostgres(_schema.Name, buildOnStartup: true);

        var (_, body) = await GraphQLClient.PostAsync(factory.CreateClient(), """{ dataVersion search(text: "pol pot") { label } }""");

        var data = GraphQLAssert.Data(body);
        Assert.Equal(HistoryImporter.CurrentDataHash(RepositoryPaths.DataDirectory), (string?)data["dataVersion"]);
        Assert.Equal("Pol Pot", (string?)data["search"]![0]!["label"]);
    }

    [PostgresFact]
    public async Task ApiStartingOnAMissingSchema_WithoutBuilding_ExitsOneWithWhatToDo()
    {
        var output = await StartupLog.AssertRefusedToStartAsync($"schema {_schema.Name}", Settings(buildOnStartup: false));
        Assert.Contains("'import'", output, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task TwoProcessesStartingAtOnceOnAMissingSchema_OneBuilds_BothServe()
    {
        var settings = Settings(buildOnStartup: true);
        await using var first = ApiProcess.Start(settings);
        await using var second = ApiProcess.Start(settings);

        await Task.WhenAll(first.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)), second.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)));

        Assert.Equal(1, new[] { first, second }.Count(p => p.Output.Contains("Built the history database", StringComparison.Ordinal)));
        Assert.Equal(1, new[] { first, second }.Count(p => p.Output.Contains("Another process built the history database", StringComparison.Ordinal)));
        Assert.Equal(HistoryImporter.CurrentDataHash(RepositoryPaths.DataDirectory), await DatabaseInspection.ReadDataHashAsync(_schema.Database, CancellationToken.None));
    }

    [PostgresFact]
    public async Task ImportCommand_WithPostgres_BuildsTheConfiguredSchema_AndRefusesAnOutputFile()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(buildOnStartup: true)).Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var refused = await ImportCommand.RunAsync(configuration, RepositoryPaths.Root, ["--output", "history.db"], stdout, stderr);
        var built = await ImportCommand.RunAsync(configuration, RepositoryPaths.Root, ["--data", RepositoryPaths.DataDirectory], stdout, stderr);

        Assert.Equal(2, refused);
        Assert.Contains("--output names a SQLite file", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, built);
        Assert.Matches($"Built schema {_schema.Name} of database .+: 5 sources, \\d+ subjects", stdout.ToString());
        Assert.Equal(HistoryImporter.CurrentDataHash(RepositoryPaths.DataDirectory), await DatabaseInspection.ReadDataHashAsync(_schema.Database, CancellationToken.None));
    }

    /// <summary>The API (a server process or the import command) on this test's schema of the test server.</summary>
    private Dictionary<string, string?> Settings(bool buildOnStartup) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:History"] = PostgresServer.RequiredConnectionString,
        ["Database:Schema"] = _schema.Name,
        ["Database:BuildOnStartup"] = buildOnStartup ? "true" : "false",
    };

    public void Dispose() => _schema.Dispose();

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_schema.Database.ReadOnlyConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // Test SQL over the test's own schema name.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
