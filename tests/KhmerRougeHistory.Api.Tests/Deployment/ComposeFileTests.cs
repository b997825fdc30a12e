using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.RateLimiting;
using KhmerRougeHistory.Api.RateLimiting.Redis;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Tests.Deployment;

/// <summary>
/// src/deploy/compose/compose.yaml runs two replicas behind nginx with one Redis; there is no Docker engine in CI, so
/// these tests keep it in line with the application: the settings it sets are ones the app binds, nginx reaches every
/// replica on the image's port, and the replicas share one Redis and trust nginx as their proxy.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed partial class ComposeFileTests(CuratedDatabase database)
{
    private static readonly string _folder = Path.Combine(RepositoryPaths.Root, "src", "deploy", "compose");

    private static readonly string _compose = File.ReadAllText(Path.Combine(_folder, "compose.yaml"));

    private static readonly string _nginx = File.ReadAllText(Path.Combine(_folder, "nginx.conf"));

    private static readonly string _dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dockerfile"));

    /// <summary>The <c>environment:</c> of the replicas (the <c>x-api</c> block they share).</summary>
    private static readonly Dictionary<string, string> _environment = EnvironmentEntry().Matches(ApiBlock())
        .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [Fact]
    public void EveryVariableTheReplicasSet_IsASettingTheApplicationBinds()
    {
        Assert.NotEmpty(_environment);
        Assert.All(_environment.Keys, name => Assert.Null(AppSettingNames.Problem(name)));
    }

    [Fact]
    public void TwoReplicas_SitBehindNginx_OnThePortTheImageListensOn()
    {
        var replicas = Replica().Matches(_compose).Select(m => m.Groups[1].Value).ToList();
        var imagePort = Regex.Match(_dockerfile, @"ASPNETCORE_HTTP_PORTS=(\d+)").Groups[1].Value;

        Assert.True(replicas.Count >= 2, $"replicas: {string.Join(", ", replicas)}");
        Assert.Equal(replicas.Select(r => $"{r}:{imagePort}"), Upstream().Matches(_nginx).Select(m => m.Groups[1].Value));
        Assert.Contains("proxy_set_header X-Forwarded-For $remote_addr;", _nginx, StringComparison.Ordinal);
    }

    [Fact]
    public void Replicas_ShareTheComposeRedis_AndTrustNginxAsTheirProxy()
    {
        var store = _environment[$"ConnectionStrings__{RateLimitStoreOptions.ConnectionStringName}"];
        var nginxAddress = Regex.Match(_compose, @"nginx:[\s\S]*?ipv4_address: ([\d.]+)").Groups[1].Value;

        Assert.Equal("redis:6379", store);
        Assert.Matches(@"(?m)^  redis:\n    image: redis:", _compose);
        Assert.Contains("\"--save\", \"\", \"--appendonly\", \"no\"", _compose, StringComparison.Ordinal);
        Assert.Equal(nginxAddress, _environment["RateLimiting__TrustedProxies__0"]);
    }

    [Fact]
    public async Task TheApplication_StartedWithTheReplicasEnvironment_UsesTheStoreAndTrustsNginx()
    {
        using var factory = new HistoryApiFactory(database.FilePath)
            .With(_environment.Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)))
            // No "redis" host here: a loopback port nothing listens on stands in for it.
            .With($"ConnectionStrings:{RateLimitStoreOptions.ConnectionStringName}", $"127.0.0.1:{LoopbackPorts.Unused()}");
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync());

        Assert.True(factory.Services.GetRequiredService<IOptions<RateLimitStoreOptions>>().Value.IsConfigured);
        Assert.Equal([_environment["RateLimiting__TrustedProxies__0"]], factory.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.TrustedProxies);
        Assert.NotNull(body?["checks"]?["rateLimitStore"]);
    }

    private static string ApiBlock() => Regex.Match(_compose, @"(?m)^x-api: &api\n(?:(?:  .*|)\n)+").Value;


    // "    Name: "value"" under the block's "  environment:".
    [GeneratedRegex(@"(?m)^    ([A-Za-z][A-Za-z0-9_]*): ""([^""]*)""")]
    private static partial Regex EnvironmentEntry();

    // "  api-1: *api": a service that is the shared API block.
    [GeneratedRegex(@"(?m)^  ([\w-]+): \*api$")]
    private static partial Regex Replica();

    [GeneratedRegex(@"(?m)^\s*server ([\w.-]+:\d+);")]
    private static partial Regex Upstream();
}
