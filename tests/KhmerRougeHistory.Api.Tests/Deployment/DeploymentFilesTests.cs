using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Health;
using KhmerRougeHistory.Api.RateLimiting.Redis;
using KhmerRougeHistory.Api.Shutdown;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Deployment;

/// <summary>
/// The Dockerfile and the Kubernetes manifest name ports, paths and commands of the API; these tests keep them
/// pointing at things that exist (there is no Docker engine or cluster in CI to try them on).
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed partial class DeploymentFilesTests(CuratedDatabase database)
{
    private static readonly string _dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dockerfile"));

    private static readonly string _manifest = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "deploy", "kubernetes", "khmer-rouge-history.yaml"));

    [Fact]
    public void ContainerPort_IsThePortTheImageListensOn()
    {
        var imagePort = ImagePort().Match(_dockerfile).Groups[1].Value;

        Assert.Equal(imagePort, ContainerPort().Match(_manifest).Groups[1].Value);
        Assert.Contains($"EXPOSE {imagePort}", _dockerfile, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:{imagePort}/health/ready", _dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageHealthCheck_RunsTheProbeCommand_AsANonRootUser_OnAPrebuiltDatabase()
    {
        Assert.Matches($"HEALTHCHECK[^\\n]*\\n[^\\n]*\"KhmerRougeHistory.Api.dll\", \"{HealthProbeCommand.Name}\"", _dockerfile);
        Assert.Contains("USER $APP_UID", _dockerfile, StringComparison.Ordinal);
        Assert.Contains("Database__BuildOnStartup=false", _dockerfile, StringComparison.Ordinal);
        Assert.Contains("readOnlyRootFilesystem: true", _manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryProbePath_AnswersOnTheRealApplication()
    {
        var paths = ProbePath().Matches(_manifest).Select(m => m.Groups[1].Value).Distinct().ToList();
        using var factory = new HistoryApiFactory(database.FilePath);
        using var client = factory.CreateClient();

        Assert.Equal(["/health/ready", "/health/live"], paths);
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public void EveryVariableTheManifestSets_IsASettingTheApplicationBinds()
    {
        var names = EnvironmentName().Matches(_manifest).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains($"ConnectionStrings__{RateLimitStoreOptions.ConnectionStringName}", names);
        Assert.All(names, name => Assert.Null(AppSettingNames.Problem(name)));
    }

    [Fact]
    public void RateLimitStore_IsTheManifestsRedisService()
    {
        var store = Regex.Match(_manifest, $@"- name: ConnectionStrings__{RateLimitStoreOptions.ConnectionStringName}\n\s+value: ""([\w-]+):(\d+)""");
        var (host, port) = (store.Groups[1].Value, store.Groups[2].Value);

        Assert.True(store.Success, "the API's container sets no ConnectionStrings__RateLimitStore");
        Assert.Matches($@"kind: Service\nmetadata:\n  name: {host}\n[\s\S]*?- name: redis\n      port: {port}\n", _manifest);
        Assert.Contains("containerPort: " + port, _manifest, StringComparison.Ordinal);
    }

    // "- name: X" followed by "value:": an environment variable (ports and volumes have names too, but no value).
    [GeneratedRegex(@"- name: (\w+)\n\s+value:")]
    private static partial Regex EnvironmentName();

    [Fact]
    public void TerminationGracePeriod_CoversTheReadinessGracePeriodAndTheDrainTimeout()
    {
        var terminationGracePeriod = TimeSpan.FromSeconds(int.Parse(TerminationGracePeriod().Match(_manifest).Groups[1].Value, CultureInfo.InvariantCulture));
        var readinessGracePeriod = TimeSpan.Parse(ReadinessGracePeriod().Match(_manifest).Groups[1].Value, CultureInfo.InvariantCulture);

        Assert.True(readinessGracePeriod > TimeSpan.Zero);
        Assert.True(readinessGracePeriod + new ShutdownOptions().DrainTimeout < terminationGracePeriod, "the kubelet would SIGKILL the pod before it has drained");
    }

    [GeneratedRegex(@"terminationGracePeriodSeconds: (\d+)")]
    private static partial Regex TerminationGracePeriod();

    [GeneratedRegex(@"name: Shutdown__ReadinessGracePeriod\s+value: ""([\d:.]+)""")]
    private static partial Regex ReadinessGracePeriod();

    [GeneratedRegex(@"ASPNETCORE_HTTP_PORTS=(\d+)")]
    private static partial Regex ImagePort();

    [GeneratedRegex(@"containerPort: (\d+)")]
    private static partial Regex ContainerPort();

    [GeneratedRegex(@"path: (/[\w/]+)")]
    private static partial Regex ProbePath();
}
