using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>A subject's <c>claims</c> connection with its own arguments: properties, and deprecated claims on request.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class SubjectClaimsTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task ClaimsOfSomeProperties_AreTheSubjectsClaimsOfThoseProperties()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory, """
            { persons(first: 30) { nodes {
                all: claims(first: 50, includeDeprecated: true) { nodes { property rank } }
                names: claims(property: [NAME, BIRTH_DATE], first: 50) { totalCount nodes { property rank } }
                withDeprecated: claims(property: [NAME, BIRTH_DATE], includeDeprecated: true, first: 50) { totalCount } } } }
            """);

        var persons = GraphQLAssert.Data(body)["persons"]!["nodes"]!.AsArray();
        Assert.Contains(persons, p => (int)p!["names"]!["totalCount"]! > 1);
        Assert.All(persons, p =>
        {
            var all = p!["all"]!["nodes"]!.AsArray();
            bool Wanted(System.Text.Json.Nodes.JsonNode? c) => (string)c!["property"]! is "NAME" or "BIRTH_DATE";
            Assert.Equal(all.Count(c => Wanted(c) && (string)c!["rank"]! != "DEPRECATED"), (int)p["names"]!["totalCount"]!);
            Assert.Equal(all.Count(Wanted), (int)p["withDeprecated"]!["totalCount"]!);
            Assert.All(p["names"]!["nodes"]!.AsArray(), c => Assert.True(Wanted(c)));
        });
    }

    public void Dispose() => _factory.Dispose();
}
