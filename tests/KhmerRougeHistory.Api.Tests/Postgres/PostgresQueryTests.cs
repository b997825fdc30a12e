using System.Text;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>
/// The core queries (node look-up, where, order, cursor paging, search) answer on PostgreSQL exactly as on SQLite:
/// same items, same order (text in byte order, NULLs first when ascending), same cursors, same errors.
/// </summary>
[Collection(PostgresDatabaseGroup.Name)]
public sealed class PostgresQueryTests(CuratedDatabase sqlite, PostgresDatabase postgres) : IDisposable
{
    private readonly BothEngines _engines = new(sqlite, postgres);

    [PostgresFact]
    public async Task NodeLookup_OfEveryType_AnswersAsOnSqlite()
    {
        string[] keys = ["Person:person/pol-pot", "Organization:organization/khmer-rouge", "Site:site/s-21", "Event:event/coup-1970", "Person:person/nobody"];
        var ids = keys.Select(k => Convert.ToBase64String(Encoding.UTF8.GetBytes(k))).ToList();

        var data = await _engines.AssertSameAsync(
            "query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Subject { label description names { value nameType } } } }", new { ids });

        Assert.Equal(["Person", "Organization", "Site", "Event"], data["nodes"]!.AsArray().Take(4).Select(n => (string)n!["__typename"]!));
        Assert.Null(data["nodes"]![4]);
    }

    [PostgresTheory]
    [InlineData("""persons(first: 50, order: [{ label: DESC }]) { nodes { id label } }""")]
    [InlineData("""persons(first: 50, order: [{ born: ASC }, { label: DESC }]) { nodes { id label } }""")]
    [InlineData("""persons(first: 50, order: [{ died: DESC }]) { nodes { id } }""")]
    [InlineData("""persons(first: 50, where: { label: { contains: "POL" } }) { totalCount nodes { id } }""")]
    [InlineData("""persons(first: 50, where: { label: { startsWith: "k", endsWith: "EW" } }) { nodes { id } }""")]
    [InlineData("""persons(first: 50, where: { label: { ncontains: "a", nstartsWith: "S" } }) { totalCount nodes { id } }""")]
    [InlineData("""persons(first: 50, where: { label: { eq: "pol pot" } }) { totalCount }""")]
    [InlineData("""persons(first: 50, where: { label: { in: ["Pol Pot", "pol pot", "Duch"], nin: ["Duch"] } }) { nodes { label } }""")]
    [InlineData("""persons(first: 50, where: { names: { some: { value: { contains: "saloth" } } } }) { nodes { id } }""")]
    [InlineData("""persons(first: 50, where: { or: [{ kind: { eq: LEADER } }, { born: { gte: "1925-01-01", lt: "1930-01-01" } }] }) { nodes { id kind } }""")]
    [InlineData("""events(first: 50, order: [{ start: DESC }, { label: ASC }]) { nodes { id label start } }""")]
    [InlineData("""events(first: 50, where: { start: { gte: "1970-01-01", lte: "1979-12-31" } }, order: [{ end: ASC }]) { totalCount nodes { id } }""")]
    [InlineData("""organizations(first: 50, order: [{ founded: ASC }]) { nodes { id label } }""")]
    [InlineData("""sites(first: 50, order: [{ opened: DESC }], where: { label: { contains: "tuol" } }) { nodes { id label } }""")]
    [InlineData("""sources(first: 50, order: [{ title: DESC }]) { nodes { id title } }""")]
    [InlineData("""claims(first: 50, order: [{ amount: DESC }], where: { amount: { gt: 100 } }) { totalCount nodes { id } }""")]
    [InlineData("""claims(first: 50, order: [{ earliest: ASC }, { sourceCount: DESC }]) { nodes { id } }""")]
    [InlineData("""claims(first: 50, where: { text: { startsWith: "tuol" }, citations: { some: { quote: { contains: "PRISON" } } } }) { totalCount nodes { id } }""")]
    [InlineData("""disputes(first: 50) { totalCount nodes { id status sourceCount } }""")]
    [InlineData("""organizations(first: 30) { nodes { id membersConnection(first: 3) { totalCount pageInfo { endCursor hasNextPage } nodes { id role } } partsConnection(first: 3, where: { sourceCount: { gte: 1 } }) { totalCount nodes { id } } } }""")]
    [InlineData("""sites(first: 30) { nodes { id eventsConnection(first: 2, order: [{ sourceCount: DESC }]) { totalCount nodes { id } } containsConnection(first: 2) { totalCount nodes { id } } mentionedInConnection(property: [OCCURRED_AT, LOCATED_IN], first: 3) { totalCount nodes { id } } } }""")]
    [InlineData("""events(first: 40) { nodes { id sitesConnection(first: 2) { totalCount nodes { id label } } placesConnection(first: 2) { totalCount nodes { id } } } }""")]
    [InlineData("""persons(first: 30) { nodes { id membershipsConnection(first: 2, where: { property: { in: [MEMBER_OF, LEADER_OF] } }) { totalCount nodes { id certainty citations { certainty validFrom { edtf } validTo { edtf } } } } } }""")]
    [InlineData("""claims(first: 50, where: { citations: { some: { certainty: { eq: APPROXIMATE } } } }) { totalCount nodes { id certainty displayValue } }""")]
    [InlineData("""searchConnection(text: "communist party", first: 30) { totalCount edges { node { id } } }""")]
    [InlineData("""searchConnection(text: "urban", first: 30) { totalCount edges { node { id } } }""")]
    public async Task ListQuery_AnswersAsOnSqlite(string field)
    {
        var data = await _engines.AssertSameAsync("{ " + field + " }");

        Assert.NotEmpty(data.AsObject().Single().Value!.ToJsonString());
    }

    [PostgresTheory]
    [InlineData("persons", "")]
    [InlineData("persons", "order: [{ label: DESC }]")]
    [InlineData("persons", "order: [{ born: ASC }]")]
    [InlineData("persons", "order: [{ died: DESC }]")]
    [InlineData("events", "order: [{ start: DESC }, { label: ASC }]")]
    [InlineData("organizations", "order: [{ founded: ASC }]")]
    [InlineData("claims", "order: [{ earliest: ASC }]")]
    [InlineData("claims", "order: [{ amount: DESC }]")]
    public async Task PagingWithCursors_BothWays_VisitsTheSameItemsAsOnSqlite(string field, string order)
    {
        var sqliteForward = await WalkAsync(_engines.Sqlite, field, order, forward: true);
        var postgresForward = await WalkAsync(_engines.Postgres, field, order, forward: true);
        var postgresBackward = await WalkAsync(_engines.Postgres, field, order, forward: false);

        Assert.Equal(sqliteForward, postgresForward);
        Assert.Equal(postgresForward, postgresBackward.AsEnumerable().Reverse());
        Assert.Equal(postgresForward.Count, postgresForward.Distinct().Count());
        Assert.True(postgresForward.Count > 4, "the walk takes several pages");
    }

    [PostgresFact]
    public async Task PagingWithNullSortKeys_PlacesNullsFirstAscendingAndLastDescending()
    {
        var ascending = await _engines.AssertSameAsync("{ persons(first: 50, order: [{ born: ASC }]) { nodes { born { claims { id } } } } }");
        var descending = await _engines.AssertSameAsync("{ persons(first: 50, order: [{ born: DESC }]) { nodes { born { claims { id } } } } }");

        // Persons without a birth date have no born claims: first when ascending, last when descending.
        static List<bool> Dated(JsonNode data) => [.. data["persons"]!["nodes"]!.AsArray().Select(n => n!["born"]?["claims"]?.AsArray().Count > 0)];
        Assert.Contains(false, Dated(ascending));
        Assert.Contains(true, Dated(ascending));
        Assert.Equal(Dated(ascending).Order(), Dated(ascending));
        Assert.Equal(Dated(descending).OrderDescending(), Dated(descending));
    }

    [PostgresTheory]
    [InlineData("""{ persons(first: 2, after: "garbage!") { nodes { id } } }""")]
    [InlineData("""{ persons(first: 51) { nodes { id } } }""")]
    [InlineData("""{ node(id: "bm9wZQ==") { id } }""")]
    [InlineData("""{ persons(where: { label: { like: "x" } }) { nodes { id } } }""")]
    public async Task BadArguments_AreTheSameErrors(string query)
    {
        var (_, sqliteBody) = await GraphQLClient.PostAsync(_engines.Sqlite, query);
        var (_, postgresBody) = await GraphQLClient.PostAsync(_engines.Postgres, query);

        Assert.NotNull(postgresBody?["errors"]);
        Assert.Equal(GraphQLClient.Compact(sqliteBody), GraphQLClient.Compact(postgresBody));
    }

    [PostgresTheory]
    [InlineData("tuol", true)]
    [InlineData("TÚOL SLÉ", true)]
    [InlineData("Tu\u0301ol", true)]
    [InlineData("people's revol", true)]
    [InlineData("pol paris", true)]
    [InlineData("saloth sar", true)]
    [InlineData("Kaing Guek Eav", true)]
    [InlineData("sihanouk", true)]
    [InlineData("s-21", true)]
    [InlineData("phnom penh", true)]
    [InlineData("khmer", true)]
    [InlineData("k", true)]
    [InlineData("\"pol\" OR \"duch", false)]
    [InlineData("* : ^", false)]
    public async Task Search_FindsTheSameSubjectsInTheSameOrderAsOnSqlite(string text, bool findsAny)
    {
        var data = await _engines.AssertSameAsync("query ($text: String!) { search(text: $text, first: 50) { __typename label } }", new { text });

        Assert.Equal(findsAny, data["search"]!.AsArray().Count > 0);
    }

    public void Dispose() => _engines.Dispose();

    private static async Task<List<string>> WalkAsync(HttpClient client, string field, string order, bool forward)
    {
        var (size, cursor, next, page) = forward ? ("first", "after", "hasNextPage", "endCursor") : ("last", "before", "hasPreviousPage", "startCursor");
        var query = $$"""query ($cursor: String) { {{field}}({{size}}: 4, {{cursor}}: $cursor {{(order.Length > 0 ? ", " + order : "")}}) { nodes { id } pageInfo { {{next}} {{page}} } } }""";
        var seen = new List<string>();
        string? position = null;
        for (var pages = 0; pages < 200; pages++)
        {
            var (_, body) = await GraphQLClient.PostAsync(client, query, new { cursor = position });
            var connection = GraphQLAssert.Data(body)[field]!;
            var ids = GraphQLClient.Ids(connection["nodes"]);
            seen.AddRange(forward ? ids : ids.AsEnumerable().Reverse());
            position = (string?)connection["pageInfo"]![page];
            if (!(bool)connection["pageInfo"]![next]!)
            {
                return seen;
            }
        }

        throw new InvalidOperationException($"{field} did not end within 200 pages.");
    }
}
