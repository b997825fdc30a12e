using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>
/// A root list filtered with a short <c>in</c> is read as one seek per value, the page cut from their union. Every
/// page, forward and backward, must be the page the same filter written with <c>or</c> (which is not split) gives.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class InListPagingTests : IDisposable
{
    private const string Page = """
        query ($where: ClaimFilterInput, $order: [ClaimSortInput!], $first: Int, $after: String, $last: Int, $before: String) {
          claims(where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes { id property sourceCount role }
          }
        }
        """;

    private readonly SqlRecorder _sql = new();
    private readonly HistoryApiFactory _factory;

    public InListPagingTests(CuratedDatabase database) => _factory = new HistoryApiFactory(database.FilePath, sqlRecorder: _sql);

    public static TheoryData<string[], string> Cases => new()
    {
        { ["MEMBER_OF", "LEADER_OF"], """[{ "sourceCount": "DESC" }]""" },
        { ["MEMBER_OF", "LEADER_OF", "WORKS_FOR"], """[{ "sourceCount": "ASC" }]""" },
        { ["NAME", "BIRTH_DATE"], """[{ "earliest": "ASC" }, { "sourceCount": "DESC" }]""" },
        { ["PRISONER_COUNT", "STATEMENT"], "[]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryPage_IsThePageOfTheSameFilterWrittenWithOr(string[] properties, string order)
    {
        var inList = JsonNode.Parse($$"""{ "property": { "in": [{{string.Join(", ", properties.Select(p => $"\"{p}\""))}}] } }""");
        var orList = JsonNode.Parse($$"""{ "or": [{{string.Join(", ", properties.Select(p => $$"""{ "property": { "eq": "{{p}}" } }"""))}}] }""");
        var orderBy = JsonNode.Parse(order);

        var forward = await PagesAsync(inList, orderBy, backward: false);
        Assert.Equal(await PagesAsync(orList, orderBy, backward: false), forward);
        Assert.Equal(await PagesAsync(orList, orderBy, backward: true), await PagesAsync(inList, orderBy, backward: true));
        Assert.True(forward.Count > 1, "the filter spans several pages");
    }

    [Fact]
    public async Task TheInList_IsReadAsOneSeekPerValue_InOneStatement()
    {
        var where = JsonNode.Parse("""{ "property": { "in": ["MEMBER_OF", "LEADER_OF"] } }""");
        await PostAsync(where, JsonNode.Parse("""[{ "sourceCount": "DESC" }]"""), first: 5, after: null, last: null, before: null);
        _sql.Clear();

        await PostAsync(where, JsonNode.Parse("""[{ "sourceCount": "DESC" }]"""), first: 5, after: null, last: null, before: null);

        var page = Assert.Single(_sql.Statements, s => s.Contains("\"Claims\"", StringComparison.Ordinal) && s.Contains("LIMIT", StringComparison.Ordinal));
        Assert.Equal(1, page.Split(" UNION ALL ").Length - 1);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Every page of the list, 3 at a time, as compact JSON (nodes, page info and total).</summary>
    private async Task<List<string>> PagesAsync(JsonNode? where, JsonNode? order, bool backward)
    {
        var pages = new List<string>();
        string? cursor = null;
        for (var i = 0; i < 200; i++)
        {
            var connection = backward
                ? await PostAsync(where, order, first: null, after: null, last: 3, before: cursor)
                : await PostAsync(where, order, first: 3, after: cursor, last: null, before: null);
            pages.Add(GraphQLClient.Compact(connection));
            var info = connection["pageInfo"]!;
            if (!(bool)info[backward ? "hasPreviousPage" : "hasNextPage"]!)
            {
                return pages;
            }

            cursor = (string)info[backward ? "startCursor" : "endCursor"]!;
        }

        throw new InvalidOperationException("The list did not end.");
    }

    private async Task<JsonNode> PostAsync(JsonNode? where, JsonNode? order, int? first, string? after, int? last, string? before)
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory, Page, new { where, order, first, after, last, before });
        return GraphQLAssert.Data(body)["claims"]!;
    }
}
