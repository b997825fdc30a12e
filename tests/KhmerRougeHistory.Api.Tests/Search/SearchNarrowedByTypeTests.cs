using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using KhmerRougeHistory.Api.Tests.Performance;

namespace KhmerRougeHistory.Api.Tests.Search;

/// <summary>
/// A search filtered by type alone reads only those types' rows of the search indexes (their ranges, stored by the
/// importer). It must find what the same search finds when the filter also tests something else and every match is
/// read and tested: on the synthetic data, where one word matches thousands of subjects, and on the curated data,
/// where each type's rows lie at different places in the two indexes (reading one index's ranges for the other
/// loses matches there).
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class SearchNarrowedByTypeTests(CuratedDatabase curated, SyntheticDatabase synthetic) : IClassFixture<SyntheticDatabase>, IDisposable
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

    private readonly HistoryApiFactory _curated = new(curated.FilePath, buildOnStartup: false);
    private readonly HistoryApiFactory _synthetic = new(synthetic.FilePath, buildOnStartup: false);

    [Theory]
    [InlineData("synthetic", "phnom", "in", "PERSON")]
    [InlineData("synthetic", "phnom", "in", "ORGANIZATION,SITE")]
    [InlineData("synthetic", "phnom", "nin", "PERSON")]
    [InlineData("curated", "phnom", "in", "ORGANIZATION,PERSON,SITE")]
    [InlineData("curated", "khmer", "in", "PERSON,SITE")]
    [InlineData("curated", "khmer", "nin", "EVENT")]
    [InlineData("curated", "s", "in", "ORGANIZATION")]
    public async Task TypeFilter_FindsWhatReadingEveryMatchFinds(string database, string text, string operation, string types)
    {
        var client = (database == "curated" ? _curated : _synthetic).CreateClient();
        var listed = types.Split(',');
        JsonObject TypeFilter() => new() { [operation] = new JsonArray([.. listed.Select(t => JsonValue.Create(t))]) };

        var narrowed = await AllPagesAsync(client, text, new JsonObject { ["type"] = TypeFilter() });
        var everyMatch = await AllPagesAsync(client, text, new JsonObject { ["type"] = TypeFilter(), ["label"] = new JsonObject { ["neq"] = "" } });
        var unfiltered = await AllPagesAsync(client, text, null);

        Assert.NotEmpty(everyMatch.Ids);
        Assert.Equal(everyMatch.Total, narrowed.Total);
        Assert.Equal(everyMatch.Ids, narrowed.Ids);
        bool Admitted(string type) => listed.Contains(type.ToUpperInvariant(), StringComparer.Ordinal) == (operation == "in");
        Assert.All(narrowed.Types, type => Assert.True(Admitted(type), type));
        Assert.Contains(unfiltered.Types, type => !Admitted(type));
    }

    public void Dispose()
    {
        _curated.Dispose();
        _synthetic.Dispose();
    }

    private static async Task<(int Total, List<string> Ids, List<string> Types)> AllPagesAsync(HttpClient client, string text, JsonObject? where)
    {
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
