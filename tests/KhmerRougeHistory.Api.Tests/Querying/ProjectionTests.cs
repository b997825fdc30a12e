using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>Only the columns a query selects are read from SQLite.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ProjectionTests : IDisposable
{
    private readonly SqlRecorder _sql = new();
    private readonly HistoryApiFactory _factory;

    public ProjectionTests(CuratedDatabase database) => _factory = new HistoryApiFactory(database.FilePath, sqlRecorder: _sql);

    [Fact]
    public async Task PersonsWithLabelsOnly_ReadNeitherDescriptionNorKind()
    {
        var client = _factory.CreateClient();
        await GraphQLClient.PostAsync(client, "{ __typename }");
        _sql.Clear();

        GraphQLAssert.Data((await GraphQLClient.PostAsync(client, "{ persons(first: 5) { nodes { label } } }")).Body);

        var select = Assert.Single(_sql.Statements);
        Assert.Contains("\"Label\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Description\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Kind\"", select, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimsWithValues_ReadTheValueColumnsButNotTheQualifiers()
    {
        var client = _factory.CreateClient();
        await GraphQLClient.PostAsync(client, "{ __typename }");
        _sql.Clear();

        GraphQLAssert.Data((await GraphQLClient.PostAsync(client, "{ claims(first: 5) { nodes { displayValue } } }")).Body);

        // The page of claims; a second statement may load the labels of entity values.
        var select = Assert.Single(_sql.Statements, s => s.Contains("FROM \"Claims\"", StringComparison.Ordinal));
        Assert.Contains("\"Amount\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"RankReason\"", select, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ValidFromEdtf\"", select, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TotalCount_IsCountedOnlyWhenSelected()
    {
        var client = _factory.CreateClient();
        await GraphQLClient.PostAsync(client, "{ __typename }");

        _sql.Clear();
        await GraphQLClient.PostAsync(client, "{ persons(first: 5) { nodes { label } } }");
        var without = _sql.Statements.Count;
        _sql.Clear();
        await GraphQLClient.PostAsync(client, "{ persons(first: 5) { totalCount nodes { label } } }");

        Assert.Equal(1, without);
        Assert.Equal(2, _sql.Statements.Count);
        Assert.Contains(_sql.Statements, s => s.Contains("COUNT(*)", StringComparison.Ordinal));
    }

    public void Dispose() => _factory.Dispose();
}
