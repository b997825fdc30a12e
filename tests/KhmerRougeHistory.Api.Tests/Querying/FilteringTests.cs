using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>Every operator family of the HotChocolate-style <c>where</c>, translated to SQL, on the real data.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class FilteringTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task String_EqContainsStartsWithEndsWith()
    {
        Assert.Equal(["Pol Pot"], await LabelsAsync("persons", """{ label: { eq: "Pol Pot" } }"""));
        Assert.Contains("Pol Pot", await LabelsAsync("persons", """{ label: { contains: "pol" } }"""));
        Assert.All(await LabelsAsync("sites", """{ label: { startsWith: "choeung" } }"""), l => Assert.StartsWith("Choeung", l, StringComparison.Ordinal));
        Assert.All(await LabelsAsync("persons", """{ label: { endsWith: "Pot" } }"""), l => Assert.EndsWith("Pot", l, StringComparison.Ordinal));
        Assert.DoesNotContain("Pol Pot", await LabelsAsync("persons", """{ label: { ncontains: "Pot" } }"""));
        Assert.Empty(await LabelsAsync("persons", """{ label: { contains: "%" } }"""));
    }

    [Fact]
    public async Task StartsWith_TakesWildcardsAndQuotesLiterally_AlsoInsideARelationFilter()
    {
        // The escape character is written into the statement (SQLite's index reads a prefix only then): '_', '%', the
        // backslash and the quote must still be literal characters of the prefix.
        const string Related = """{ participants: { some: { participant: { label: { startsWith: "PREFIX" } } } } }""";

        Assert.NotEmpty(await LabelsAsync("events", Related.Replace("PREFIX", "pol", StringComparison.Ordinal)));
        foreach (var prefix in new[] { "P_l", "Po%", "Pol\\\\", "Pol'" })
        {
            Assert.Empty(await LabelsAsync("persons", $$"""{ label: { startsWith: "{{prefix}}" } }"""));
            Assert.Empty(await LabelsAsync("events", Related.Replace("PREFIX", prefix, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task String_InAndNin()
    {
        var labels = await LabelsAsync("persons", """{ label: { in: ["Pol Pot", "Duch", "Nobody"] } }""");

        Assert.Equal(["Duch", "Pol Pot"], labels);
        Assert.DoesNotContain("Duch", await LabelsAsync("persons", """{ label: { nin: ["Duch"] } }"""));
    }

    [Fact]
    public async Task Enum_EqAndIn()
    {
        var prisons = await LabelsAsync("sites", "{ kind: { eq: PRISON } }");
        var both = await LabelsAsync("sites", "{ kind: { in: [PRISON, MUSEUM] } }");

        Assert.Contains("S-21", prisons);
        Assert.True(both.Count > prisons.Count);
    }

    [Fact]
    public async Task Date_ComparesTheDerivedBounds()
    {
        var seventies = await LabelsAsync("events", """{ start: { gte: "1970-01-01", lt: "1980-01-01" } }""");
        var bornBefore1930 = await LabelsAsync("persons", """{ born: { lt: "1930-01-01" } }""");

        Assert.Contains(seventies, l => l.Contains("Phnom Penh", StringComparison.Ordinal));
        Assert.Equal(["Pol Pot"], bornBefore1930);
    }

    [Fact]
    public async Task ClaimsByHowASourceWordsThem_AreFoundThroughTheirCitations()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory, """
            { claims(first: 50, where: { property: { eq: PRISONER_COUNT }, citations: { some: { certainty: { eq: AT_LEAST } } } }) {
                nodes { certainty citations { certainty } } } }
            """);

        var claims = GraphQLAssert.Data(body)["claims"]!["nodes"]!.AsArray();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Contains(c!["citations"]!.AsArray(), x => (string)x!["certainty"]! == "AT_LEAST"));
        Assert.Contains(claims, c => (string)c!["certainty"]! == "MIXED");
    }

    [Fact]
    public async Task IntAndFloat_Compare()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory, """{ claims(first: 50, where: { property: { eq: PRISONER_COUNT }, amount: { gte: 17000, lte: 17000 }, sourceCount: { gte: 2 } }) { nodes { amount: displayValue citations { certainty } } } }""");

        // One claim of 17,000, which two sources word differently ("more than", "an estimated").
        var claim = Assert.Single(GraphQLAssert.Data(body)["claims"]!["nodes"]!.AsArray());
        Assert.Equal("17,000", (string)claim!["amount"]!);
        Assert.Equal(["APPROXIMATE", "AT_LEAST"], claim["citations"]!.AsArray().Select(c => (string)c!["certainty"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_SomeNoneAnyAll_OnNames()
    {
        var alias = await LabelsAsync("persons", """{ names: { some: { value: { eq: "Saloth Sar" } } } }""");
        var noAlias = await LabelsAsync("persons", """{ names: { none: { nameType: { eq: BIRTH_NAME } } } }""");
        var named = await LabelsAsync("sites", "{ names: { any: true } }");
        var allPrimary = await LabelsAsync("sites", "{ names: { all: { nameType: { eq: PRIMARY } } } }");

        Assert.Equal(["Pol Pot"], alias);
        Assert.DoesNotContain("Pol Pot", noAlias);
        Assert.True(named.Count >= 10);
        Assert.DoesNotContain("S-21", allPrimary);
    }

    [Fact]
    public async Task AndOr_Combine()
    {
        var either = await LabelsAsync("persons", """{ or: [{ label: { eq: "Duch" } }, { label: { eq: "Ta Mok" } }] }""");
        var both = await LabelsAsync("persons", """{ and: [{ label: { startsWith: "T" } }, { kind: { eq: MILITARY_COMMANDER } }] }""");

        Assert.Equal(["Duch", "Ta Mok"], either);
        Assert.Equal(["Ta Mok"], both);
    }

    [Fact]
    public async Task Id_FiltersByGlobalId_AndRefusesGarbage()
    {
        var (_, ok) = await GraphQLClient.PostAsync(_factory, """{ claims(first: 50, where: { subject: { eq: "UGVyc29uOnBlcnNvbi9kdWNo" }, property: { eq: SENTENCE } }) { nodes { subject { label } } } }""");
        var (_, bad) = await GraphQLClient.PostAsync(_factory, """{ claims(where: { subject: { eq: "not-an-id" } }) { nodes { id } } }""");
        var (_, foreign) = await GraphQLClient.PostAsync(_factory, """{ claims(where: { subject: { eq: "U291cmNlOnNvdXJjZS9uZXcteWVhci1iYWJ5LWtobWVyLXJvdWdl" } }) { nodes { id } } }""");

        Assert.All(GraphQLAssert.Data(ok)["claims"]!["nodes"]!.AsArray(), n => Assert.Equal("Duch", (string?)n!["subject"]!["label"]));
        GraphQLAssert.ErrorCode(bad, "INVALID_ID");
        GraphQLAssert.ErrorCode(foreign, "INVALID_ID");
    }

    [Fact]
    public async Task UnknownEnumValueAndWrongType_AreValidationErrors()
    {
        var (_, enumBody) = await GraphQLClient.PostAsync(_factory, "{ sites(where: { kind: { eq: CASTLE } }) { nodes { label } } }");
        var (_, typeBody) = await GraphQLClient.PostAsync(_factory, """{ persons(where: { born: { gt: 1930 } }) { nodes { label } } }""");

        Assert.NotNull(enumBody?["errors"]);
        Assert.NotNull(typeBody?["errors"]);
        Assert.Null(enumBody?["data"]);
        Assert.All(enumBody!["errors"]!.AsArray().Concat(typeBody!["errors"]!.AsArray()), e => Assert.NotNull(e!["extensions"]?["code"]));
    }

    private async Task<List<string>> LabelsAsync(string field, string where)
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory, $$"""{ {{field}}(first: 50, where: {{where}}) { nodes { label } } }""");
        return [.. GraphQLAssert.Data(body)[field]!["nodes"]!.AsArray().Select(n => (string)n!["label"]!).Order(StringComparer.Ordinal)];
    }

    public void Dispose() => _factory.Dispose();
}
