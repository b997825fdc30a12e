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

    /// <summary>
    /// Each search field reads its subjects in its own statement: <c>search</c> then needs one more for the names,
    /// <c>searchConnection</c> (edges and nodes) none; no statement loads the page's subjects by key.
    /// </summary>
    [Theory]
    [InlineData("search(text: \"khmer\", first: $first) { __typename label names { value } }", "search", 3, 2)]
    [InlineData("search(text: \"khmer\", first: $first) { __typename label names { value } }", "search", 30, 2)]
    [InlineData("searchConnection(text: \"khmer\", first: $first) { edges { relevance node { label } } nodes { __typename label } }", "searchConnection.nodes", 3, 1)]
    [InlineData("searchConnection(text: \"khmer\", first: $first) { edges { relevance node { label } } nodes { __typename label } }", "searchConnection.nodes", 30, 1)]
    public async Task SearchFields_ReadTheirSubjectsInTheirOwnStatement(string selection, string path, int first, int statements)
    {
        var client = _factory.CreateClient();
        await GraphQLClient.PostAsync(client, "{ __typename }");

        _sql.Clear();
        var (_, body) = await GraphQLClient.PostAsync(client, $"query ($first: Int) {{ {selection} }}", new { first });

        var subjects = path.Split('.').Aggregate(GraphQLAssert.Data(body), (node, name) => node[name]!).AsArray();
        Assert.True(subjects.Count > 1, "the search must find several subjects");
        Assert.All(subjects, h => Assert.False(string.IsNullOrEmpty((string?)h!["label"])));
        Assert.Equal(statements, _sql.Statements.Count);
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
