using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Federation;

/// <summary><c>_service { sdl }</c>: the subgraph SDL a router composes, with its @link and @key directives.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ServiceSdlTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task ServiceSdl_LinksFederation2_AndKeysEveryEntityTypeByItsGlobalId()
    {
        var sdl = await ServiceSdlAsync();

        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\"", sdl, StringComparison.Ordinal);
        foreach (var entity in new[] { "Person", "Organization", "Site", "Event" })
        {
            Assert.Contains($"type {entity} implements Subject & Node @key(fields: \"id\") {{", sdl, StringComparison.Ordinal);
        }

        Assert.Contains("type Source implements Node @key(fields: \"id\") {", sdl, StringComparison.Ordinal);
        Assert.Contains("type Claim implements Node @key(fields: \"id\") {", sdl, StringComparison.Ordinal);
        Assert.Contains("type Citation implements Node {", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_LeavesOutTheDefinitionsItImportsWithLink()
    {
        var sdl = await ServiceSdlAsync();

        // The composer brings the definitions of what @link imports; a subgraph that repeats them may clash.
        Assert.DoesNotContain("directive @key", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("directive @link", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("federation__FieldSet", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("link__Import", sdl, StringComparison.Ordinal);
        Assert.Contains("persons(", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedSchemaFile_DeclaresTheSameKeys()
    {
        var sdl = await ServiceSdlAsync();
        var published = await File.ReadAllTextAsync(RepositoryPaths.SchemaFile);

        var keyed = sdl.Split('\n').Where(line => line.StartsWith("type ", StringComparison.Ordinal) && line.Contains("@key(", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, keyed.Count);
        Assert.All(keyed, line => Assert.Contains(line, published, StringComparison.Ordinal));
    }

    public void Dispose() => _factory.Dispose();

    private async Task<string> ServiceSdlAsync()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), "{ _service { sdl } }");
        return (string)GraphQLAssert.Data(body)["_service"]!["sdl"]!;
    }
}
