using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Tests.GraphQLTooling;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KhmerRougeHistory.Api.Tests.Federation;

/// <summary>
/// The subgraph SDL the running API publishes at <c>_service { sdl }</c>, composed with a museum's subgraph
/// (MuseumSubgraph.graphql) by a real composer from npm, <c>@theguild/federation-composition</c>.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class CompositionTests(CuratedDatabase database, ITestOutputHelper output) : IDisposable
{
    private static readonly string _museumSubgraph = Path.Combine(RepositoryPaths.Root, "tests", "KhmerRougeHistory.Api.Tests", "Federation", "MuseumSubgraph.graphql");

    private static readonly string[] _entityTypes = ["Person", "Organization", "Site", "Event", "Source", "Claim"];

    private readonly HistoryApiFactory _factory = new(database.FilePath);
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task OurSubgraphAndAMuseumsSubgraph_ComposeWithoutErrors_IntoOneGraphWithBothSidesOfPerson()
    {
        var ours = await WriteOurSubgraphAsync();

        var (exitCode, text) = await ComposeAsync(("history", ours), ("museum", _museumSubgraph));

        Assert.True(exitCode == 0, $"composition failed (exit code {exitCode}):\n{text}");
        Assert.Contains("composition succeeded: history, museum", text, StringComparison.Ordinal);
        var supergraph = await File.ReadAllTextAsync(Path.Combine(_temp.Path, "supergraph.graphql"));
        foreach (var entity in _entityTypes)
        {
            Assert.Matches($"type {entity}\\b[^{{]*@join__type\\(graph: HISTORY, key: \"id\"\\)", supergraph);
        }

        Assert.Matches("type Person\\b[^{]*@join__type\\(graph: MUSEUM, key: \"id\"\\)", supergraph);
        var api = await File.ReadAllTextAsync(Path.Combine(_temp.Path, "supergraph.public.graphql"));
        var person = TypeBody(api, "Person");
        Assert.Contains("label: String!", person, StringComparison.Ordinal);
        Assert.Contains("depictedIn: [CollectionObject!]!", person, StringComparison.Ordinal);
        var query = TypeBody(api, "Query");
        Assert.Contains("persons(", query, StringComparison.Ordinal);
        Assert.Contains("collectionObjects: [CollectionObject!]!", query, StringComparison.Ordinal);
        Assert.DoesNotContain("_entities", api, StringComparison.Ordinal);
    }

    /// <summary>The composer does reject what does not compose: here a museum that redefines one of our fields.</summary>
    [Fact]
    public async Task ASubgraphThatRedefinesOurField_DoesNotCompose()
    {
        var ours = await WriteOurSubgraphAsync();
        var conflicting = Path.Combine(_temp.Path, "conflicting.graphql");
        await File.WriteAllTextAsync(conflicting, """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Person @key(fields: "id") { id: ID! label: Int }
            type Query { oldest: Person }
            """);

        var (exitCode, text) = await ComposeAsync(("history", ours), ("conflicting", conflicting));

        Assert.Equal(1, exitCode);
        Assert.Contains("COMPOSITION ERROR", text, StringComparison.Ordinal);
        Assert.Contains("Person.label", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _temp.Dispose();
    }

    private async Task<string> WriteOurSubgraphAsync()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), "{ _service { sdl } }");
        var sdl = (string)GraphQLAssert.Data(body)["_service"]!["sdl"]!;
        var path = Path.Combine(_temp.Path, "history.graphql");
        await File.WriteAllTextAsync(path, sdl);
        return path;
    }

    private async Task<(int ExitCode, string Output)> ComposeAsync(params (string Name, string File)[] subgraphs)
    {
        var result = await GraphQLTools.RunAsync("compose.mjs", [Path.Combine(_temp.Path, "supergraph.graphql"), .. subgraphs.Select(s => $"{s.Name}={s.File}")]);
        output.WriteLine(result.Output);
        return result;
    }

    /// <summary>The fields of one type in an SDL text.</summary>
    private static string TypeBody(string sdl, string typeName)
    {
        var match = Regex.Match(sdl, $"type {typeName}\\b[^{{]*\\{{(?<body>[^}}]*)\\}}");
        Assert.True(match.Success, $"no type {typeName} in:\n{sdl}");
        return match.Groups["body"].Value;
    }
}
