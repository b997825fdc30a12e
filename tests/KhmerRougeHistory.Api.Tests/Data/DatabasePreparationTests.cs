using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Data;

public sealed class DatabasePreparationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Start_WithoutDatabase_BuildsItFromTheCuratedData()
    {
        var path = _temp.File("fresh.db");
        using var factory = new HistoryApiFactory(path);

        var (_, body) = await GraphQLClient.PostAsync(factory.CreateClient(), "{ dataVersion }");

        Assert.True(File.Exists(path));
        Assert.Equal(HistoryImporter.CurrentDataHash(RepositoryPaths.DataDirectory), (string?)body?["data"]?["dataVersion"]);
    }

    [Fact]
    public async Task Start_WithDatabaseFromOtherData_RebuildsIt()
    {
        var data = new CuratedDataCopy(_temp).Directory;
        var path = _temp.File("stale.db");
        await HistoryImporter.ImportAsync(data, path, TimeProvider.System);
        var staleHash = HistoryImporter.CurrentDataHash(data);
        File.AppendAllText(Path.Combine(data, "sources.json"), "\n");

        using var factory = new HistoryApiFactory(path, data);
        var (_, body) = await GraphQLClient.PostAsync(factory.CreateClient(), "{ dataVersion }");

        var served = (string?)body?["data"]?["dataVersion"];
        Assert.NotEqual(staleHash, served);
        Assert.Equal(HistoryImporter.CurrentDataHash(data), served);
    }

    [Fact]
    public async Task Start_WithCurrentDatabase_OpensItWithoutRebuilding()
    {
        var path = _temp.File("current.db");
        await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, path, TimeProvider.System);
        var written = File.GetLastWriteTimeUtc(path);

        using var factory = new HistoryApiFactory(path);
        await GraphQLClient.PostAsync(factory.CreateClient(), "{ __typename }");

        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    public void Dispose() => _temp.Dispose();
}
