using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.GraphQLTooling;

/// <summary>
/// The npm GraphQL tools pinned in this folder's package-lock.json (federation composition, graphql-inspector,
/// GraphQL Code Generator, TypeScript, the Relay compiler). Needs Node.js 18+ and npm; installs the tools with <c>npm ci</c> when
/// <c>node_modules</c> is missing (CI runs <c>npm ci --prefix tests/KhmerRougeHistory.Api.Tests/GraphQLTooling</c>).
/// </summary>
public static class GraphQLTools
{
    private static readonly SemaphoreSlim _install = new(1, 1);

    public static string Directory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "KhmerRougeHistory.Api.Tests", "GraphQLTooling");

    /// <summary>Runs a script or a package binary of this folder (<c>node_modules/.bin</c>) with node.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments) =>
        RunInAsync(Directory, script, arguments);

    /// <summary>
    /// Runs a script or a package binary of this folder with node from another working directory, for a tool that
    /// resolves paths from there (the Relay compiler checks its config's <c>artifactDirectory</c> that way).
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunInAsync(string workingDirectory, string script, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var path = Path.Combine(Directory, script);
        if (!File.Exists(path))
        {
            path = Path.Combine(Directory, "node_modules", ".bin", script);
        }

        return await ProcessRunner.RunAsync("node", [path, .. arguments], workingDirectory, TimeSpan.FromMinutes(3));
    }

    private static async Task EnsureInstalledAsync()
    {
        await _install.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Directory, "node_modules", ".package-lock.json")))
            {
                return;
            }

            var (exitCode, text) = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Directory, TimeSpan.FromMinutes(5));
            Assert.True(exitCode == 0, $"'npm ci' in {Directory} failed (exit code {exitCode}):\n{text}");
        }
        finally
        {
            _install.Release();
        }
    }
}
