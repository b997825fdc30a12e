using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>Relations load in batches: one statement per relation level, whatever the page size.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class StatementCountTests : IDisposable
{
    private const string Query = """
        query ($first: Int!) {
          events(first: $first) {
            nodes {
              label
              sites { label }
              participants(first: 10) {
                nodes {
                  role
                  participant { label names { value nameType } }
                }
              }
            }
          }
        }
        """;

    private readonly SqlRecorder _sql = new();
    private readonly HistoryApiFactory _factory;

    public StatementCountTests(CuratedDatabase database) => _factory = new HistoryApiFactory(database.FilePath, sqlRecorder: _sql);

    [Fact]
    public async Task EventsWithSitesParticipantsAndNames_CostOneStatementPerLevel_ForPageSize5And50()
    {
        var client = _factory.CreateClient();
        await GraphQLClient.PostAsync(client, "{ __typename }");

        var small = await CountAsync(client, 5);
        var large = await CountAsync(client, 50);

        // events, their sites, their participants' claims, the participants, the participants' names.
        Assert.Equal(5, small.Statements);
        Assert.Equal(small.Statements, large.Statements);
        Assert.True(large.Events > 5 * 2, "the large page must really be larger");
        Assert.True(large.Participants > small.Participants);
    }

    [Fact]
    public async Task TimelineOperation_CostsTheSameStatementsForPageSize5And50()
    {
        var client = _factory.CreateClient();
        var timeline = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "schema", "operations", "Timeline.graphql"));
        await GraphQLClient.PostAsync(client, "{ __typename }");

        _sql.Clear();
        GraphQLAssert.Data((await GraphQLClient.PostAsync(client, timeline, new { first = 5 })).Body);
        var small = _sql.Statements.Count;
        _sql.Clear();
        GraphQLAssert.Data((await GraphQLClient.PostAsync(client, timeline, new { first = 50 })).Body);

        Assert.Equal(small, _sql.Statements.Count);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(30)]
    public async Task Search_ReadsItsSubjectsInTheSearchStatement_AndOneStatementPerFieldLevel(int first)
    {
        var client = _factory.CreateClient();
        await GraphQLClient.PostAsync(client, "{ __typename }");

        _sql.Clear();
        var (_, body) = await GraphQLClient.PostAsync(client, "query ($first: Int) { search(text: \"khmer\", first: $first) { __typename label names { value } } }", new { first });

        var hits = GraphQLAssert.Data(body)["search"]!.AsArray();
        Assert.True(hits.Count > 1, "the search must find several subjects");
        Assert.All(hits, h => Assert.False(string.IsNullOrEmpty((string?)h!["label"])));

        // The search with its subjects, then the subjects' names: no statement loads the subjects by key.
        Assert.Equal(2, _sql.Statements.Count);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(30)]
    public async Task SearchConnection_ReadsItsSubjectsInThePageStatement(int first)
    {
        var client = _factory.CreateClient();
        await GraphQLClient.PostAsync(client, "{ __typename }");

        _sql.Clear();
        var (_, body) = await GraphQLClient.PostAsync(
            client, "query ($first: Int) { searchConnection(text: \"khmer\", first: $first) { edges { relevance node { label } } nodes { __typename label } } }", new { first });

        var edges = GraphQLAssert.Data(body)["searchConnection"]!["edges"]!.AsArray();
        Assert.True(edges.Count > 1, "the search must find several subjects");
        Assert.All(edges, e => Assert.False(string.IsNullOrEmpty((string?)e!["node"]!["label"])));

        // The page with its subjects: no statement loads them by key, for the edges or the nodes.
        Assert.Single(_sql.Statements);
    }

    private async Task<(int Statements, int Events, int Participants)> CountAsync(HttpClient client, int first)
    {
        _sql.Clear();
        var (_, body) = await GraphQLClient.PostAsync(client, Query, new { first });
        var events = GraphQLAssert.Data(body)["events"]!["nodes"]!.AsArray();
        return (_sql.Statements.Count, events.Count, events.Sum(e => e!["participants"]!["nodes"]!.AsArray().Count));
    }

    public void Dispose() => _factory.Dispose();
}
