using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>
/// The full introspection queries IDEs and code generators send pass every limit. The files in
/// <c>Introspection/</c> are their exact texts against this server's introspection features: Banana Cake Pop 18's
/// (its generator in graphql-engine.*.chunk.js, with directive locations, subscriptionType and isOneOf, the
/// features its probes find here) and graphql-js 16.15's <c>getIntrospectionQuery()</c>, both with its defaults
/// (what graphql-codegen and most tools send) and with schemaDescription and oneOf.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class IntrospectionLimitTests(CuratedDatabase database) : IDisposable
{
    private readonly LimitedApi _api = new(database);

    public static TheoryData<string> Queries() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "KhmerRougeHistory.Api.Tests", "Limits", "Introspection"), "*.graphql")
            .Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task FullIntrospectionQuery_PassesEveryLimit(string client)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "tests", "KhmerRougeHistory.Api.Tests", "Limits", "Introspection", client + ".graphql"));

        var (response, body) = await _api.PostAsync(query, reportCost: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schema = GraphQLAssert.Data(body)["__schema"]!;
        Assert.Contains(schema["types"]!.AsArray(), type => (string?)type!["name"] == "Person");
        Assert.InRange((int)body!["extensions"]!["operationCost"]!["typeCost"]!, 1, 1_000);
    }

    public void Dispose() => _api.Dispose();
}
