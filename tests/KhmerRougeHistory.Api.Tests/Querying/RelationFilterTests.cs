using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>
/// Filters across relations (HotChocolate's <c>some/all/none/any</c> and nested object filters) on the real data, each
/// checked against another way of reading the same relation: the relation list fields, which the batch loaders answer.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class RelationFilterTests(CuratedDatabase database) : IDisposable
{
    private static readonly string _s21 = Id("Site", "site/s-21");
    private static readonly string _cpk = Id("Organization", "organization/cpk");
    private static readonly string _polPot = Id("Person", "person/pol-pot");

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task EventsAtASite_AreTheEventsTheSiteLists()
    {
        var filtered = await LabelsAsync("events", $$"""{ sites: { some: { id: { eq: "{{_s21}}" } } } }""");
        var byLabel = await LabelsAsync("events", """{ sites: { some: { label: { eq: "S-21" } } } }""");
        var listed = await RelatedLabelsAsync(_s21, "Site", "events { subject { label } }", "events", c => c["subject"]!);

        Assert.NotEmpty(filtered);
        Assert.Equal(listed, filtered);
        Assert.Equal(listed, byLabel);
    }

    [Fact]
    public async Task PersonsByMembership_AreTheMembersTheOrganizationLists()
    {
        var filtered = await LabelsAsync("persons", $$"""{ memberships: { some: { valueSubject: { eq: "{{_cpk}}" } } } }""");
        var byOrganizationLabel = await LabelsAsync("persons", """{ memberships: { some: { valueSubjectEntity: { label: { eq: "Communist Party of Kampuchea" } } } } }""");
        var listed = await RelatedLabelsAsync(_cpk, "Organization", "members { subject { __typename label } }", "members", c => c["subject"]!, "Person");

        Assert.NotEmpty(filtered);
        Assert.Equal(listed, filtered);
        Assert.Equal(listed, byOrganizationLabel);
    }

    [Fact]
    public async Task OrganizationsByMembers_AreThoseAPersonBelongsTo()
    {
        var filtered = await LabelsAsync("organizations", $$"""{ members: { some: { subject: { eq: "{{_polPot}}" } } } }""");
        var listed = await RelatedLabelsAsync(_polPot, "Person", "memberships { property value { ... on EntityValue { subject { __typename label } } } }", "memberships",
            c => c["value"]!["subject"]!, "Organization", properties: ["MEMBER_OF", "LEADER_OF", "WORKS_FOR"]);

        Assert.NotEmpty(filtered);
        Assert.Equal(listed, filtered);
    }

    [Fact]
    public async Task EventsByParticipant_AreThePersonsParticipations()
    {
        var filtered = await LabelsAsync("events", """{ participants: { some: { participant: { type: { eq: PERSON }, label: { eq: "Pol Pot" } } } } }""");
        var listed = await RelatedLabelsAsync(_polPot, "Person", "participations { value { ... on EntityValue { subject { label } } } }", "participations", c => c["value"]!["subject"]!);

        Assert.NotEmpty(filtered);
        Assert.Equal(listed, filtered);
    }

    [Fact]
    public async Task SitesByEventsAndByContainingSite()
    {
        var withEvents = await LabelsAsync("sites", "{ events: { any: true } }");
        var withoutEvents = await LabelsAsync("sites", "{ events: { any: false } }");
        var all = await LabelsAsync("sites", "{ }");
        var phnomPenh = Id("Site", "site/phnom-penh");
        var within = await LabelsAsync("sites", $$"""{ locatedIn: { some: { valueSubject: { eq: "{{phnomPenh}}" } } } }""");
        var listed = await RelatedLabelsAsync(phnomPenh, "Site", "contains { subject { label } }", "contains", c => c["subject"]!);

        Assert.Contains("S-21", withEvents);
        Assert.Equal(all, [.. withEvents.Concat(withoutEvents).Order(StringComparer.Ordinal)]);
        Assert.NotEmpty(within);
        Assert.Equal(listed, within);
    }

    [Fact]
    public async Task ClaimsBySubjectEntityAndCitingSources()
    {
        var (_, sitesBody) = await PostAsync("""{ claims(first: 50, where: { property: { eq: PRISONER_COUNT }, subjectEntity: { type: { eq: SITE } } }) { totalCount nodes { subject { __typename } } } }""");
        var (_, eventsBody) = await PostAsync("""{ claims(first: 50, where: { property: { eq: PRISONER_COUNT }, subjectEntity: { type: { nin: [SITE] } } }) { totalCount } }""");
        var (_, allBody) = await PostAsync("""{ claims(first: 50, where: { property: { eq: PRISONER_COUNT } }) { totalCount } }""");
        var sites = GraphQLAssert.Data(sitesBody)["claims"]!;

        Assert.All(sites["nodes"]!.AsArray(), n => Assert.Equal("Site", (string)n!["subject"]!["__typename"]!));
        Assert.Equal(
            (int)GraphQLAssert.Data(allBody)["claims"]!["totalCount"]!,
            (int)sites["totalCount"]! + (int)GraphQLAssert.Data(eventsBody)["claims"]!["totalCount"]!);

        // Claims that two given sources both make: one citation from each.
        var (_, sourcesBody) = await PostAsync("""{ sources(first: 50) { nodes { id } } }""");
        var sources = sourcesBody!["data"]!["sources"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        var (_, bothBody) = await PostAsync($$"""{ claims(first: 50, where: { and: [{ citations: { some: { source: { eq: "{{sources[0]}}" } } } }, { citations: { some: { source: { eq: "{{sources[1]}}" } } } }] }) { nodes { citations { source { id } } } } }""");
        Assert.All(GraphQLAssert.Data(bothBody)["claims"]!["nodes"]!.AsArray(), n =>
        {
            var cited = n!["citations"]!.AsArray().Select(c => (string)c!["source"]!["id"]!).ToList();
            Assert.Contains(sources[0], cited);
            Assert.Contains(sources[1], cited);
        });
    }

    [Fact]
    public async Task SourcesByTheClaimsTheyMake_AreTheSourcesTheClaimsCite()
    {
        var (_, filteredBody) = await PostAsync("""{ sources(first: 50, where: { citations: { some: { claim: { property: { eq: PRISONER_COUNT } } } } }) { nodes { id } } }""");
        var (_, claimsBody) = await PostAsync("""{ claims(first: 50, where: { property: { eq: PRISONER_COUNT } }) { nodes { citations { source { id } } } } }""");
        var (_, bySourceKind) = await PostAsync("""{ claims(first: 1, where: { citations: { all: { sourceEntity: { kind: { eq: FILM_LISTING } } } }, property: { eq: PRISONER_COUNT } }) { totalCount } }""");

        var filtered = GraphQLAssert.Data(filteredBody)["sources"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).Order(StringComparer.Ordinal).ToList();
        var cited = GraphQLAssert.Data(claimsBody)["claims"]!["nodes"]!.AsArray()
            .SelectMany(n => n!["citations"]!.AsArray().Select(c => (string)c!["source"]!["id"]!)).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(filtered);
        Assert.Equal(cited, filtered);
        Assert.True((int)GraphQLAssert.Data(bySourceKind)["claims"]!["totalCount"]! >= 0);
    }

    /// <summary>
    /// A relation filter and its negation split every list in two, also where the related key is NULL (a claim whose
    /// value is not an entity): neither side may drop a row.
    /// </summary>
    [Theory]
    [InlineData("events", "sites: { some: { id: { eq: \"U2l0ZTpzaXRlL3MtMjE=\" } } }", "sites: { none: { id: { eq: \"U2l0ZTpzaXRlL3MtMjE=\" } } }")]
    [InlineData("persons", "memberships: { some: { valueSubjectEntity: { label: { startsWith: \"Communist\" } } } }", "memberships: { none: { valueSubjectEntity: { label: { startsWith: \"Communist\" } } } }")]
    [InlineData("persons", "memberships: { any: true }", "memberships: { any: false }")]
    [InlineData("claims", "citations: { some: { sourceEntity: { kind: { eq: ARTICLE } } } }", "citations: { none: { sourceEntity: { kind: { eq: ARTICLE } } } }")]
    public async Task ARelationFilterAndItsNegation_SplitTheList(string field, string some, string none)
    {
        var (_, body) = await PostAsync("{ all: " + field + "(first: 1) { totalCount } some: " + field + "(first: 1, where: { " + some + " }) { totalCount } none: " + field + "(first: 1, where: { " + none + " }) { totalCount } }");
        var data = GraphQLAssert.Data(body);
        var (all, matching, others) = ((int)data["all"]!["totalCount"]!, (int)data["some"]!["totalCount"]!, (int)data["none"]!["totalCount"]!);

        Assert.True(matching > 0 && others > 0, $"{matching} and {others} of {all}");
        Assert.Equal(all, matching + others);
    }

    [Fact]
    public async Task ARelationFilter_StartsFromTheRelatedRows_AndItsNegation_StaysCorrelated()
    {
        var sql = new SqlRecorder();
        using var recorded = new HistoryApiFactory(database.FilePath, sqlRecorder: sql);
        var client = recorded.CreateClient();
        await GraphQLClient.PostAsync(client, "{ __typename }");

        var some = await StatementAsync(client, sql, """{ events(first: 3, where: { sites: { some: { id: { eq: "U2l0ZTpzaXRlL3MtMjE=" } } } }) { nodes { id } } }""");
        var none = await StatementAsync(client, sql, """{ events(first: 3, where: { sites: { none: { id: { eq: "U2l0ZTpzaXRlL3MtMjE=" } } } }) { nodes { id } } }""");

        Assert.Contains("\"Key\" IN (SELECT", some, StringComparison.Ordinal);
        Assert.DoesNotContain("EXISTS", some, StringComparison.Ordinal);
        Assert.Contains("NOT (EXISTS (SELECT", none, StringComparison.Ordinal);
    }

    private static async Task<string> StatementAsync(HttpClient client, SqlRecorder sql, string query)
    {
        sql.Clear();
        GraphQLAssert.Data((await GraphQLClient.PostAsync(client, query)).Body);
        return Assert.Single(sql.Statements);
    }

    [Fact]
    public async Task BadRelationFilters_AreErrorsWithCodes()
    {
        var (_, unknownField) = await PostAsync("""{ persons(where: { memberships: { some: { colour: { eq: "red" } } } }) { nodes { label } } }""");
        var (_, someOnScalar) = await PostAsync("""{ persons(where: { label: { some: { eq: "Pol Pot" } } }) { nodes { label } } }""");
        var (_, badId) = await PostAsync("""{ events(where: { sites: { some: { id: { eq: "bm90LWFuLWlk" } } } }) { nodes { label } } }""");
        var (_, wrongType) = await PostAsync($$"""{ events(where: { sites: { some: { id: { eq: "{{_polPot}}" } } } }) { nodes { label } } }""");

        Assert.Contains("colour", GraphQLAssert.ErrorCode(unknownField, "ARGUMENTS_OF_CORRECT_TYPE"), StringComparison.Ordinal);
        Assert.Contains("some", GraphQLAssert.ErrorCode(someOnScalar, "ARGUMENTS_OF_CORRECT_TYPE"), StringComparison.Ordinal);
        GraphQLAssert.ErrorCode(badId, "INVALID_ID");
        GraphQLAssert.ErrorCode(wrongType, "INVALID_ID");
        var (_, still) = await PostAsync("{ __typename }");
        GraphQLAssert.Data(still);
    }

    public void Dispose() => _factory.Dispose();

    private Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(string query) => GraphQLClient.PostAsync(_factory, query);

    private async Task<List<string>> LabelsAsync(string field, string where)
    {
        var (_, body) = await PostAsync($$"""{ {{field}}(first: 50, where: {{where}}) { nodes { label } } }""");
        return [.. GraphQLAssert.Data(body)[field]!["nodes"]!.AsArray().Select(n => (string)n!["label"]!).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The labels of the entities a subject's relation list points at, read through the list field.</summary>
    private async Task<List<string>> RelatedLabelsAsync(
        string id, string type, string selection, string field, Func<JsonNode, JsonNode> related, string? relatedType = null, string[]? properties = null)
    {
        var (_, body) = await PostAsync($$"""{ node(id: "{{id}}") { ... on {{type}} { {{selection}} } } }""");
        return [.. GraphQLAssert.Data(body)["node"]![field]!.AsArray()
            .Where(c => properties is null || properties.Contains((string)c!["property"]!))
            .Select(c => related(c!))
            .Where(s => relatedType is null || (string)s["__typename"]! == relatedType)
            .Select(s => (string)s["label"]!).Distinct().Order(StringComparer.Ordinal)];
    }

    private static string Id(string type, string key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{type}:{key}"));
}
