using GraphQL;
using GraphQL.Types;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.Graph;

[Collection(CuratedDatabaseGroup.Name)]
public sealed class SchemaTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    /// <summary>
    /// schema/schema.graphql is the published contract. Locally a difference rewrites the file and fails
    /// ("review and commit"); on CI it only fails.
    /// </summary>
    [Fact]
    public void RunningSchema_MatchesThePublishedSdl()
    {
        var schema = _factory.Services.GetRequiredService<ISchema>();
        var printed = schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var published = File.Exists(RepositoryPaths.SchemaFile) ? File.ReadAllText(RepositoryPaths.SchemaFile).ReplaceLineEndings("\n") : string.Empty;

        if (printed != published && !RepositoryPaths.RunningOnCi)
        {
            File.WriteAllText(RepositoryPaths.SchemaFile, printed);
        }

        Assert.True(printed == published, $"The running schema differs from {RepositoryPaths.SchemaFile}. " +
            (RepositoryPaths.RunningOnCi ? "Run the tests locally to rewrite it, then review and commit." : "The file was rewritten: review and commit it."));
    }

    public void Dispose() => _factory.Dispose();
}
