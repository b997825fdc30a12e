using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Export.Frictionless;

/// <summary>
/// Frictionless Data's JavaScript library (datapackage, pinned in this folder's package-lock.json) run on a folder of
/// downloaded export files by <c>validate.mjs</c>. Needs Node.js 18+ and npm; installs with <c>npm ci</c> when
/// <c>node_modules</c> is missing (CI runs <c>npm ci --prefix tests/KhmerRougeHistory.Api.Tests/Export/Frictionless</c>).
/// </summary>
public static class FrictionlessValidator
{
    private static readonly SemaphoreSlim _install = new(1, 1);

    public static string Directory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "KhmerRougeHistory.Api.Tests", "Export", "Frictionless");

    public static async Task<(int ExitCode, string Output)> ValidateAsync(string folder)
    {
        await EnsureInstalledAsync();
        return await ProcessRunner.RunAsync("node", ["validate.mjs", folder], Directory, TimeSpan.FromMinutes(2));
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
