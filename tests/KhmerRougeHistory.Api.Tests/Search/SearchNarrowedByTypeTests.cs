using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using KhmerRougeHistory.Api.Tests.Performance;

namespace KhmerRougeHistory.Api.Tests.Search;

/// <summary>
/// A search filtered by type alone reads only those types' rows of the search indexes (their ranges, stored by the
/// importer). On the synthetic data, where one word matches subjects of every type, it must find what the same
/// search finds when the filter also tests something else and every match is read and tested.
/// </summary>
public sealed class SearchNarrowedByTypeTests(SyntheticDatabase database) : IClassFixture<SyntheticDatabase>, IDisposable
{
    private const string Query = """
        query ($text: String!, $where: SubjectFilterInput, $after: String) {
          searchConnection(text: $text, first: 25, after: $after, where: $where) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id __typename }
          }
        }
        """;

    private readonly HistoryApiFactory _factory = new(database.FilePath, buildOnStartup: false);

    [Theory]
    [InlineData("sok", "PERSON")]
    [InlineData("sok", "SITE,EVENT")]
    [InlineData("phnom", "ORGANIZATION,SITE")]
    [InlineData("phnom", "EVENT")]
    public async Task TypeFilter_FindsWhatReadingEveryMatchFinds(string text, string types)
    {
        var admitted = new JsonArray([.. types.Split(',').Select(t => JsonValue.Create(t))]);
        var narrowed = await AllPagesAsync(text, new JsonObject { ["type"] = new JsonObject { ["in"] = admitted.DeepClone() } });
        var everyMatch = await AllPagesAsync(text, new JsonObject
        {
            ["type"] = new JsonObject { ["in"] = admitted.DeepClone() },
            ["label"] = new JsonObject { ["neq"] = "" },
        });

        Assert.Equal(everyMatch.Total, narrowed.Total);
        Assert.Equal(everyMatch.Ids, narrowed.Ids);
        Assert.All(narrowed.Types, t => Assert.Contains(t.ToUpperInvariant(), types.Split(','), StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheWordsOfTheTests_MatchSubjectsOfSeveralTypes()
    {
        // Otherwise the theory above would compare empty pages.
        var all = await AllPagesAsync("sok", null);
        Assert.True(all.Ids.Count > 25, $"only {all.Ids.Count} matches");
        var phnom = await AllPagesAsync("phnom", null);
        Assert.True(phnom.Types.Distinct().Count() >= 3, $"\"phnom\" matches {string.Join(", ", phnom.Types.Distinct())} only");
    }

    public void Dispose() => _factory.Dispose();

    private async Task<(int Total, List<string> Ids, List<string> Types)> AllPagesAsync(string text, JsonObject? where)
    {
        var client = _factory.CreateClient();
        var (ids, types, total, after) = (new List<string>(), new List<string>(), 0, (string?)null);
        do
        {
            var (_, body) = await GraphQLClient.PostAsync(client, Query, new JsonObject { ["text"] = text, ["where"] = where?.DeepClone(), ["after"] = after });
            var connection = GraphQLAssert.Data(body)["searchConnection"]!;
            total = connection["totalCount"]!.GetValue<int>();
            foreach (var node in connection["nodes"]!.AsArray())
            {
                ids.Add(node!["id"]!.GetValue<string>());
                types.Add(node["__typename"]!.GetValue<string>());
            }

            after = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null && ids.Count < 300);

        return (total, ids, types);
    }
}
