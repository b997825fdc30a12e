using KhmerRougeHistory.Api.Tests.GraphQLTooling;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Clients;

/// <summary>
/// What a front-end developer does with schema/schema.graphql and schema/operations/: validate the operations
/// (graphql-inspector), generate typed document nodes (GraphQL Code Generator's client preset, GraphQLTooling/codegen.ts)
/// and type-check them with a usage example (tsc). Each step also has a case it must refuse.
/// </summary>
public sealed class TypedClientTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string _operations = Path.Combine(RepositoryPaths.Root, "schema", "operations");

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task EveryExampleOperation_IsValidAgainstThePublishedSchema_WithoutDeprecatedFields()
    {
        Assert.True(OperationNames().Count >= 7, "schema/operations holds the example operations");

        var (exitCode, text) = await RunAsync("graphql-inspector", "validate", "--deprecated", Path.Combine(_operations, "*.graphql"), RepositoryPaths.SchemaFile);

        Assert.True(exitCode == 0, $"graphql-inspector validate failed (exit code {exitCode}):\n{text}");
        Assert.Contains("All documents are valid", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOperationAskingForAFieldTheSchemaLacks_FailsValidation()
    {
        var operation = _temp.File("Broken.graphql");
        await File.WriteAllTextAsync(operation, "query Broken { persons(first: 1) { nodes { label birthday } } }");

        var (exitCode, text) = await RunAsync("graphql-inspector", "validate", operation, RepositoryPaths.SchemaFile);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Cannot query field birthday on type Person", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneratedClient_HasATypedDocumentPerOperation_AndTypeChecksWithTheExampleUsage()
    {
        await GenerateAsync();
        var generated = await File.ReadAllTextAsync(Path.Combine(GraphQLTools.Directory, "generated", "graphql.ts"));
        foreach (var name in OperationNames())
        {
            Assert.Contains($"export const {name}Document = ", generated, StringComparison.Ordinal);
            Assert.Contains($"DocumentNode<{name}Query, {name}QueryVariables>", generated, StringComparison.Ordinal);
        }

        var (exitCode, text) = await RunAsync("tsc", "--noEmit", "-p", "tsconfig.json");

        Assert.True(exitCode == 0, $"tsc found type errors (exit code {exitCode}):\n{text}");
    }

    /// <summary>The type check has teeth: a field the operation does not select is a compile error.</summary>
    [Fact]
    public async Task UsingAFieldTheOperationDoesNotSelect_FailsTheTypeCheck()
    {
        await GenerateAsync();
        var generated = Path.Combine(GraphQLTools.Directory, "generated", "graphql.ts").Replace('\\', '/');
        await File.WriteAllTextAsync(_temp.File("usage.ts"), $$"""
            import type { TimelineQuery } from '{{generated[..^3]}}';
            export const descriptions = (data: TimelineQuery) => data.events?.nodes?.map((event) => event.description);
            """);
        await File.WriteAllTextAsync(_temp.File("tsconfig.json"), $$"""
            { "extends": "{{Path.Combine(GraphQLTools.Directory, "tsconfig.json").Replace('\\', '/')}}", "include": ["usage.ts"] }
            """);

        var (exitCode, text) = await RunAsync("tsc", "--noEmit", "-p", _temp.File("tsconfig.json"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error TS2339: Property 'description' does not exist", text, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static List<string> OperationNames() =>
        [.. Directory.EnumerateFiles(_operations, "*.graphql").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    private async Task GenerateAsync()
    {
        var (exitCode, text) = await RunAsync("graphql-codegen", "--config", "codegen.ts");
        Assert.True(exitCode == 0, $"graphql-codegen failed (exit code {exitCode}):\n{text}");
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var result = await GraphQLTools.RunAsync(tool, arguments);
        output.WriteLine(result.Output);
        return result;
    }
}
