using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Tests.GraphQLTooling;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Clients;

/// <summary>
/// What a Relay front-end does with schema/schema.graphql: compile fragments that page with <c>@connection</c> and
/// refetch with <c>@refetchable</c> (GraphQLTooling/relay). The Relay compiler checks what Relay needs of the schema:
/// the Node interface and <c>node(id:)</c> to refetch, <c>first</c>/<c>after</c>, <c>edges { cursor node }</c> and
/// <c>pageInfo</c> on every connection. It also has a case it must refuse.
/// </summary>
public sealed partial class RelayCompilerTests(ITestOutputHelper output) : IDisposable
{
    private const string ArtifactDirectoryName = "__generated__"; // relay.config.json's artifactDirectory

    private static readonly string _project = Path.Combine(GraphQLTools.Directory, "relay");

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task TheRelayProject_Compiles_WithAPaginationQueryPerRefetchableFragment()
    {
        var fragments = await RefetchableFragmentsAsync();
        Assert.True(fragments.Count >= 6, "GraphQLTooling/relay/src holds the paginated fragments");
        var artifacts = Path.Combine(_project, ArtifactDirectoryName);
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true); // so that every artifact checked below comes from this run
        }

        var (exitCode, text) = await CompileAsync(_project);

        Assert.True(exitCode == 0, $"relay-compiler failed (exit code {exitCode}):\n{text}");
        foreach (var (type, queryName) in fragments)
        {
            var query = Path.Combine(artifacts, $"{queryName}.graphql.ts");
            Assert.True(File.Exists(query), $"relay-compiler wrote no {queryName} for the fragment on {type}");
            // Relay refetches a fragment on a Node type through node(id:), one on Query with a query of its own.
            var refetch = await File.ReadAllTextAsync(query);
            if (type == "Query")
            {
                Assert.DoesNotContain("node(id: $id)", refetch, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("node(id: $id)", refetch, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The check has teeth: <c>@connection</c> on a deprecated plain list (not a connection) is an error.</summary>
    [Fact]
    public async Task AConnectionOnTheDeprecatedPlainMembersList_FailsToCompile()
    {
        await CopyProjectAsync(_temp.Path);
        await File.WriteAllTextAsync(Path.Combine(_temp.Path, "src", "OrganizationMemberList.ts"), """
            import { graphql } from 'relay-runtime';

            export const organizationMemberListFragment = graphql`
              fragment OrganizationMemberList_organization on Organization {
                members @connection(key: "OrganizationMemberList_members") {
                  id
                  role
                }
              }
            `;
            """);

        var (exitCode, text) = await CompileAsync(_temp.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("@connection used on invalid field 'members'", text, StringComparison.Ordinal);
        Assert.Contains("got '[Claim!]'", text, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex("""fragment \w+ on (\w+)\s+@refetchable\(queryName: "(\w+)"\)""")]
    private static partial Regex RefetchableFragment();

    private static async Task<List<(string Type, string QueryName)>> RefetchableFragmentsAsync()
    {
        var fragments = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_project, "src"), "*.ts").Order(StringComparer.Ordinal))
        {
            var source = await File.ReadAllTextAsync(file);
            fragments.AddRange(RefetchableFragment().Matches(source).Select(m => (m.Groups[1].Value, m.Groups[2].Value)));
        }

        return fragments;
    }

    /// <summary>The sources and the config, with the schema by absolute path (the relative one points outside the copy).</summary>
    private static async Task CopyProjectAsync(string target)
    {
        Directory.CreateDirectory(Path.Combine(target, "src"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_project, "src"), "*.ts"))
        {
            File.Copy(file, Path.Combine(target, "src", Path.GetFileName(file)));
        }

        var config = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_project, "relay.config.json")))!.AsObject();
        config["schema"] = RepositoryPaths.SchemaFile;
        await File.WriteAllTextAsync(Path.Combine(target, "relay.config.json"), config.ToJsonString());
    }

    private async Task<(int ExitCode, string Output)> CompileAsync(string project)
    {
        // The compiler refuses an artifact directory that does not exist; it is git-ignored, so a checkout lacks it.
        Directory.CreateDirectory(Path.Combine(project, ArtifactDirectoryName));
        // From the project's folder: the compiler looks for the artifact directory relative to its working directory.
        // Without Watchman: it walks the folder, whether or not a Watchman daemon runs on the machine.
        var result = await GraphQLTools.RunInAsync(project, "relay-compiler", "relay.config.json", "--noWatchman");
        output.WriteLine(result.Output);
        return result;
    }
}
