using System.Globalization;
using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Audit;

/// <summary>
/// The graphql-http audit suite (npm <c>graphql-http</c>, pinned in this folder's package-lock.json) against
/// the real application on a real loopback port. Needs Node.js 18+; installs the suite with <c>npm ci</c> when
/// <c>node_modules</c> is missing (CI runs <c>npm ci --prefix tests/KhmerRougeHistory.Api.Tests/EndToEnd/Audit</c>).
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed partial class GraphQLHttpAuditTests(CuratedDatabase database, ITestOutputHelper output) : IDisposable
{
    private static readonly string _auditDirectory = Path.Combine(RepositoryPaths.Root, "tests", "KhmerRougeHistory.Api.Tests", "EndToEnd", "Audit");

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task GraphQLHttpAudit_PassesEveryCheck()
    {
        await EnsureAuditInstalledAsync();
        var address = _factory.StartOnLoopback();

        var (exitCode, text) = await ProcessRunner.RunAsync("node", ["audit.mjs", $"{address}/graphql"], _auditDirectory, TimeSpan.FromSeconds(60));
        output.WriteLine(text);

        var summary = Summary().Match(text);
        Assert.True(summary.Success, $"The audit printed no summary (exit code {exitCode}):\n{text}");
        var passed = int.Parse(summary.Groups["ok"].Value, CultureInfo.InvariantCulture);
        var total = int.Parse(summary.Groups["total"].Value, CultureInfo.InvariantCulture);
        var mustFailures = int.Parse(summary.Groups["must"].Value, CultureInfo.InvariantCulture);
        output.WriteLine($"graphql-http 1.23.1 audit: {passed} of {total} checks passed.");
        Assert.Equal(0, mustFailures);
        Assert.Equal(0, exitCode);
        Assert.True(passed == total, $"{total - passed} of {total} audit checks fail (SHOULD or MAY):\n{string.Join('\n', text.Split('\n').Where(line => !line.StartsWith("OK", StringComparison.Ordinal)))}");
    }

    public void Dispose() => _factory.Dispose();

    private async Task EnsureAuditInstalledAsync()
    {
        if (Directory.Exists(Path.Combine(_auditDirectory, "node_modules", "graphql-http")))
        {
            return;
        }

        var (exitCode, text) = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], _auditDirectory, TimeSpan.FromMinutes(3));
        output.WriteLine(text);
        Assert.True(exitCode == 0, $"'npm ci' in {_auditDirectory} failed (exit code {exitCode}):\n{text}");
    }

    [GeneratedRegex(@"graphql-http audit: (?<ok>\d+)/(?<total>\d+) checks ok; MUST failures: (?<must>\d+)")]
    private static partial Regex Summary();
}
