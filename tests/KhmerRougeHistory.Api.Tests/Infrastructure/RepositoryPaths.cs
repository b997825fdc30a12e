namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>Paths in the repository checkout the tests run from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DataDirectory => Path.Combine(Root, "src", "data");

    /// <summary>The source documents live beside the repository (CI puts <c>shared/</c> there).</summary>
    public static string SeedsDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    public static string SchemaFile => Path.Combine(Root, "schema", "schema.graphql");

    public static bool RunningOnCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "api.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No api.sln above {AppContext.BaseDirectory}.");
    }
}
