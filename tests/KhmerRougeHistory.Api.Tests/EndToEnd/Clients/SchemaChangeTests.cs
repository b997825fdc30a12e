using KhmerRougeHistory.Api.Tests.GraphQLTooling;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Clients;

/// <summary>
/// The schema change check <c>.ci/run</c> runs (<c>graphql-inspector diff</c> of the previous commit's
/// schema/schema.graphql and this one's) tells the two steps of the deprecation policy apart: deprecating a
/// field is safe, removing it is breaking.
/// </summary>
public sealed class SchemaChangeTests(ITestOutputHelper output) : IDisposable
{
    private const string Field = "  dataVersion: String!";

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task DeprecatingAField_IsNotABreakingChange()
    {
        var changed = await WriteChangedSchemaAsync(schema => schema.Replace(Field, Field + " @deprecated(reason: \"Use `Query.dataset` instead.\")", StringComparison.Ordinal));

        var (exitCode, text) = await DiffAsync(changed);

        Assert.True(exitCode == 0, text);
        Assert.Contains("No breaking changes detected", text, StringComparison.Ordinal);
        Assert.Contains("dataVersion", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingAField_IsABreakingChange()
    {
        var changed = await WriteChangedSchemaAsync(RemoveDataVersion);

        var (exitCode, text) = await DiffAsync(changed);

        Assert.Equal(1, exitCode);
        Assert.Contains("Field dataVersion was removed from object type Query", text, StringComparison.Ordinal);
        Assert.Contains("Detected 1 breaking change", text, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Drops the field and the description line above it.</summary>
    private static string RemoveDataVersion(string schema)
    {
        var lines = schema.Split('\n').ToList();
        var index = lines.IndexOf(Field);
        Assert.True(index > 0, $"schema/schema.graphql has no line '{Field}'");
        lines.RemoveRange(index - 1, 2);
        return string.Join('\n', lines);
    }

    private async Task<string> WriteChangedSchemaAsync(Func<string, string> change)
    {
        var published = (await File.ReadAllTextAsync(RepositoryPaths.SchemaFile)).ReplaceLineEndings("\n");
        var changed = change(published);
        Assert.NotEqual(published, changed);
        var path = _temp.File("changed.graphql");
        await File.WriteAllTextAsync(path, changed);
        return path;
    }

    private async Task<(int ExitCode, string Output)> DiffAsync(string changedSchema)
    {
        var result = await GraphQLTools.RunAsync("graphql-inspector", "diff", RepositoryPaths.SchemaFile, changedSchema);
        output.WriteLine(result.Output);
        return result;
    }
}
