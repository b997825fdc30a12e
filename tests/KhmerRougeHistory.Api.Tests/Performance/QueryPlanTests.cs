using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Performance;

/// <summary>
/// The main filters and sorts, and every documented operation, on a synthetic database: SQLite must reach the big
/// tables through an index (SEARCH ... USING INDEX), never read one whole (SCAN), or the API slows down with the data.
/// </summary>
public sealed class QueryPlanTests : IClassFixture<SyntheticDatabase>, IDisposable
{
    private readonly QueryPlanRecorder _plans = new();
    private readonly HistoryApiFactory _factory;

    public QueryPlanTests(SyntheticDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _factory = new HistoryApiFactory(database.FilePath, buildOnStartup: false).WithServices(services => services.AddStatementObserver(_plans));
    }

    public static TheoryData<string, string, string> Queries() => new()
    {
        { "persons by label", """{ persons(first: 50) { nodes { label } pageInfo { endCursor } } }""", "{}" },
        { "persons by birth date", """{ persons(first: 50, order: [{ born: DESC }]) { nodes { label } } }""", "{}" },
        { "persons born in the 1950s", """{ persons(first: 50, where: { born: { gte: "1950-01-01", lt: "1960-01-01" } }, order: [{ born: ASC }]) { nodes { label } } }""", "{}" },
        { "persons by label prefix", """{ persons(first: 50, where: { label: { startsWith: "Sok" } }) { nodes { label } } }""", "{}" },
        { "events by start", """{ events(first: 50, order: [{ start: ASC }]) { nodes { label } } }""", "{}" },
        { "claims of a property by source count", """{ claims(first: 50, where: { property: { eq: BIRTH_DATE } }, order: [{ sourceCount: DESC }]) { nodes { id } } }""", "{}" },
        { "claims of a subject", $$"""{ claims(first: 50, where: { subject: { eq: "{{Id("Person", "person/synthetic-0000042")}}" } }) { nodes { id } } }""", "{}" },
        { "Disputes", Operation("Disputes"), "{}" },
        { "Memberships", Operation("Memberships"), "{}" },
        { "PersonNames", Operation("PersonNames"), $$"""{ "person": "{{Id("Person", "person/synthetic-0000042")}}" }""" },
        { "S21PrisonerCounts", Operation("S21PrisonerCounts"), $$"""{ "site": "{{Id("Site", "site/synthetic-0000007")}}" }""" },
        { "Search", Operation("Search"), """{ "text": "sok dar" }""" },
        { "SourceStatements", Operation("SourceStatements"), $$"""{ "source": "{{Id("Source", "source/synthetic-0001")}}" }""" },
        { "Timeline", Operation("Timeline"), "{}" },
        { "SearchPage", Operation("SearchPage"), """{ "text": "sok" }""" },
        { "EventsAtSite", Operation("EventsAtSite"), $$"""{ "site": "{{Id("Site", "site/synthetic-0000007")}}" }""" },
        { "persons by membership", $$"""{ persons(first: 50, where: { memberships: { some: { valueSubject: { eq: "{{Id("Organization", "organization/synthetic-0000003")}}" } } } }) { nodes { label } } }""", "{}" },
        { "organizations by their members", """{ organizations(first: 50, where: { members: { some: { subjectEntity: { label: { startsWith: "Sok" } } } } }) { nodes { label } } }""", "{}" },
        { "sites by their events and containing site", """{ sites(first: 50, where: { events: { any: true }, locatedIn: { none: { valueSubjectEntity: { type: { eq: EVENT } } } } }) { nodes { label } } }""", "{}" },
        { "events by participant", """{ events(first: 50, where: { participants: { some: { participant: { label: { startsWith: "Sok" } }, role: { contains: "a" } } } }) { nodes { label } } }""", "{}" },
        { "claims by citing source", $$"""{ claims(first: 50, where: { citations: { some: { source: { eq: "{{Id("Source", "source/synthetic-0001")}}" } } } }) { nodes { id } } }""", "{}" },
        { "organizations' members, paged", """{ organizations(first: 20) { nodes { membersConnection(first: 10) { totalCount nodes { id role } } } } }""", "{}" },
        { "a site's events after a cursor", $$"""{ node(id: "{{Id("Site", "site/synthetic-0000007")}}") { ... on Site { eventsConnection(first: 10, after: "{{Cursor("Claim/site-events|", "claim/0")}}") { totalCount nodes { id } } } } }""", "{}" },
        { "events' sites, paged", """{ events(first: 50) { nodes { sitesConnection(first: 5) { totalCount nodes { label } } } } }""", "{}" },
        { "persons' memberships of a property", """{ persons(first: 50) { nodes { membershipsConnection(first: 5, where: { property: { eq: MEMBER_OF } }) { totalCount nodes { id } } } } }""", "{}" },
        { "a site's mentions of one property", $$"""{ node(id: "{{Id("Site", "site/synthetic-0000007")}}") { ... on Site { mentionedInConnection(property: [LOCATED_IN], first: 10) { totalCount nodes { id } } } } }""", "{}" },
        { "sources by the claims they make", """{ sources(first: 50, where: { citations: { some: { claim: { property: { eq: BIRTH_DATE } } } } }) { nodes { title } } }""", "{}" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_OnSyntheticData_ReadsNoBigTableWhole(string name, string query, string variables)
    {
        var plans = await PlansOfAsync(query, System.Text.Json.Nodes.JsonNode.Parse(variables));

        Assert.NotEmpty(plans);
        BigTableScans.AssertNone(name, plans);
    }

    [Fact]
    public async Task PersonsAfterCursor_SeeksToTheCursorInTheIndex()
    {
        const string Page = """query ($after: String) { persons(first: 50, after: $after) { pageInfo { endCursor } } }""";
        var client = _factory.CreateClient();
        var (_, first) = await GraphQLClient.PostAsync(client, Page);
        var cursor = GraphQLAssert.Data(first)["persons"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        _plans.Clear();

        await GraphQLClient.PostAsync(client, Page, new { after = cursor });

        var plan = Assert.Single(_plans.Plans).Plan;
        Assert.Contains(plan, line => line.Contains("Label>?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubjectsNames_AreFoundByTheSubject_NotByTheProperty()
    {
        // A SEARCH, so the scan check above passes either way; but by Property alone SQLite reads every subject's
        // names to keep one subject's (80 ms on a million claims instead of none).
        var plans = await PlansOfAsync(Operation("PersonNames"), new { person = Id("Person", "person/synthetic-0000042") });

        var claims = Assert.Single(plans, p => p.Sql.Contains("FROM \"Claims\"", StringComparison.Ordinal));
        Assert.Contains(claims.Plan, line => Regex.IsMatch(line, @"^SEARCH \w+ USING INDEX IX_Claims_SubjectKey_") && line.Contains("(SubjectKey=?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PagesOfManyParents_AreOneSeekPerParent_ReadByRowid()
    {
        // Numbering every child of the batch read all 2,500 participants of Timeline's 50 events on a million claims
        // to keep 550. A correlated seek per parent reads the pages only, each row found by its rowid in one seek.
        var plans = await PlansOfAsync("{ events(first: 50) { nodes { participants(first: 10) { nodes { role } } } } }");

        var pages = Assert.Single(plans, p => p.Sql.Contains("\"__parents\"", StringComparison.Ordinal));
        Assert.DoesNotContain("ROW_NUMBER", pages.Sql, StringComparison.Ordinal);
        Assert.Contains(pages.Plan, line => line.StartsWith("CORRELATED LIST SUBQUERY", StringComparison.Ordinal));
        Assert.Contains(pages.Plan, line => line.Contains("(rowid=?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EventsOfOneSite_StartFromTheSitesEvents_NotEveryEventInOrder()
    {
        // Without the importer's statistics SQLite walked every event in start order, testing each against the few of
        // the site (0.2 ms on a million claims, growing with the events); with them it finds the site's events by key.
        var plans = await PlansOfAsync(Operation("EventsAtSite"), new { site = Id("Site", "site/synthetic-0000007") });

        var page = Assert.Single(plans, p => p.Sql.StartsWith("SELECT", StringComparison.Ordinal) && p.Sql.Contains("FROM \"Subjects\" AS t WHERE", StringComparison.Ordinal) && p.Sql.Contains("LIMIT", StringComparison.Ordinal));
        Assert.StartsWith("SEARCH t USING INDEX sqlite_autoindex_Subjects_1 (Key=?)", page.Plan[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabelPrefixInsideARelationFilter_IsARangeOfTheCaseInsensitiveIndex()
    {
        // No type narrows the related subjects, and the label index sorts by case: SQLite read all 103,500 subjects'
        // labels (the whole index) to find those starting with "sok", "Sok" or "SOK". Under NOCASE the prefix is a range.
        var plans = await PlansOfAsync("""{ events(first: 50, where: { participants: { some: { participant: { label: { startsWith: "Sok" } } } } }) { nodes { label } } }""");

        var events = Assert.Single(plans);
        Assert.Contains(events.Plan, line => line.Contains("USING INDEX IX_Subjects_Label_NoCase (Label>? AND Label<?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchForSomeTypes_SeeksTheirRowsInEachIndex_NotEveryMatch()
    {
        // Testing each match's type read every person matching "sok" (about 20,000 rows of the two indexes on a
        // million claims) to keep no site and no event. The types' row ranges come first, and FTS5 seeks each one: the
        // plan shows the range (><).
        var plans = await PlansOfAsync(Operation("SearchPage"), new { text = "sok" });

        var searches = plans.Where(p => p.Sql.Contains(" MATCH ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, searches.Count);
        foreach (var (_, plan) in searches)
        {
            var indexes = plan.Where(line => line.Contains("VIRTUAL TABLE INDEX", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, indexes.Count);
            Assert.All(indexes, line => Assert.Matches(@"^SCAN f VIRTUAL TABLE INDEX \d+:M\d+><$", line));
            var ranges = plan.ToList().FindIndex(line => line.StartsWith("SEARCH r ", StringComparison.Ordinal));
            var index = plan.ToList().FindIndex(line => line.StartsWith("SCAN f ", StringComparison.Ordinal));
            Assert.True(ranges >= 0 && ranges < index, "The types' ranges are sought, before the index: " + string.Join(" | ", plan));
        }
    }

    public void Dispose() => _factory.Dispose();

    private Task<IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)>> PlansOfAsync(string query, object? variables = null) =>
        _plans.PlansOfAsync(_factory.CreateClient(), query, variables);

    private static string Operation(string name) => DocumentedOperations.Text(name);

    private static string Cursor(string signature, string key) => KhmerRougeHistory.Api.Querying.CursorCodec.Encode(signature, [], key);

    private static string Id(string type, string key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{type}:{key}"));
}
