using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Files;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Search;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Tests.Search;

/// <summary>The index is part of every database the importer builds, and the API reads it read-only.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class SearchIndexTests(CuratedDatabase database) : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task ImportCommand_BuildsTheIndexOverEverySubject()
    {
        var output = _temp.File("imported.db");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ImportCommand.RunAsync(
            new ConfigurationBuilder().Build(), _temp.Path, ["--output", output, "--data", RepositoryPaths.DataDirectory], stdout, stderr);

        Assert.Equal(0, exit);
        await using var connection = new SqliteConnection(new HistoryDatabase(output, RepositoryPaths.DataDirectory).ReadOnlyConnectionString);
        await connection.OpenAsync();
        var definition = await ScalarAsync<string>(connection, $"SELECT sql FROM sqlite_master WHERE name = '{SearchIndexBuilder.TableName}'");
        Assert.Contains("fts5", definition, StringComparison.Ordinal);
        Assert.Contains("unicode61 remove_diacritics 2", definition, StringComparison.Ordinal);
        Assert.Contains("prefix", definition, StringComparison.Ordinal);
        Assert.Equal(
            await ScalarAsync<long>(connection, "SELECT count(*) FROM Subjects"),
            await ScalarAsync<long>(connection, $"SELECT count(*) FROM {SearchIndexBuilder.TableName}"));
        var names = await ScalarAsync<string>(connection, $"SELECT Names FROM {SearchIndexBuilder.TableName} WHERE \"Key\" = 'person/pol-pot'");
        Assert.Equal(["Pol Pot", "Saloth Sar"], names!.Split('\n'));
    }

    [Fact]
    public async Task Api_BuildsTheIndexOnStartAndSearchesItReadOnly()
    {
        using var factory = new HistoryApiFactory(_temp.File("fresh.db"));
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();

        var hits = await scope.ServiceProvider.GetRequiredService<SubjectSearch>().SearchAsync("Saloth", 5, CancellationToken.None);

        Assert.Equal("person/pol-pot", Assert.Single(hits).Key);
    }

    [Fact]
    public async Task Search_CostsOneStatement()
    {
        var recorder = new SqlRecorder();
        var history = new HistoryDatabase(database.FilePath, RepositoryPaths.DataDirectory);
        using var connections = new SqliteReadConnections(history);

        await new SubjectSearch(new SqlRows(connections, [recorder]), new SearchMatches(history, Options.Create(new SubjectSearchOptions())), ModelTables.For(history)).SearchAsync("khmer rouge", 50, CancellationToken.None);

        Assert.Single(recorder.Statements);
    }

    [Fact]
    public async Task Search_OnADatabaseWithoutIndex_SaysHowToRebuildIt()
    {
        var path = _temp.File("old.db");
        File.Copy(database.FilePath, path);
        await using (var writable = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await writable.OpenAsync();
            await using var drop = writable.CreateCommand();
            drop.CommandText = $"DROP TABLE {SearchIndexBuilder.TableName}";
            await drop.ExecuteNonQueryAsync();
        }

        var history = new HistoryDatabase(path, RepositoryPaths.DataDirectory);
        using var connections = new SqliteReadConnections(history);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new SubjectSearch(new SqlRows(connections, []), new SearchMatches(history, Options.Create(new SubjectSearchOptions())), ModelTables.For(history)).SearchAsync("pol", 5, CancellationToken.None));

        Assert.Contains("no search index", error.Message, StringComparison.Ordinal);
        Assert.Contains("import", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseWithoutTheTypesRanges_IsToldApartAsAMissingIndex()
    {
        // A file of format 9 served without rebuilding (Database:BuildOnStartup off) has the indexes but not the
        // ranges a search narrowed by type reads: the error must say how to rebuild it, as for a missing index.
        var path = _temp.File("format-9.db");
        File.Copy(database.FilePath, path);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using (var drop = connection.CreateCommand())
        {
            drop.CommandText = $"DROP TABLE {SearchIndexBuilder.TypeRowsTableName}";
            await drop.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<SqliteException>(() => ScalarAsync<long>(connection, $"SELECT count(*) FROM {SearchIndexBuilder.TypeRowsTableName}"));

        Assert.True(SubjectSearch.MissingIndex(error), error.Message);
    }

    public void Dispose() => _temp.Dispose();

    private static async Task<T?> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T?)await command.ExecuteScalarAsync();
    }
}
