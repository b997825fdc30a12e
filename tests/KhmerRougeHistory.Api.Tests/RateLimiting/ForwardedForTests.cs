using System.Net;
using KhmerRougeHistory.Api.Tests.EndToEnd.Processes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.RateLimiting.RateLimitedApi;

namespace KhmerRougeHistory.Api.Tests.RateLimiting;

/// <summary>X-Forwarded-For chooses the bucket only when a trusted proxy sent it.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ForwardedForTests(CuratedDatabase database)
{
    private const string Proxy = "10.0.0.2";

    [Fact]
    public async Task Post_WithXForwardedForAndNoTrustedProxy_CountsAgainstTheConnection()
    {
        using var api = new RateLimitedApi(database, Bucket(3));

        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(Proxy, forwardedFor: $"198.51.100.{i}")).Response.StatusCode);
        }

        var (response, _) = await api.PostAsync(Proxy, forwardedFor: "198.51.100.4");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithXForwardedForFromATrustedProxy_CountsAgainstTheForwardedAddress()
    {
        using var api = new RateLimitedApi(database, new Dictionary<string, string>(Bucket(3)) { ["RateLimiting:TrustedProxies:0"] = Proxy });
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(Proxy, forwardedFor: "198.51.100.1")).Response.StatusCode);
        }

        var (limited, _) = await api.PostAsync(Proxy, forwardedFor: "198.51.100.1");
        var (otherClient, _) = await api.PostAsync(Proxy, forwardedFor: "203.0.113.9, 198.51.100.2");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task Post_WithXForwardedForFromATrustedNetwork_CountsAgainstTheForwardedAddress()
    {
        using var api = new RateLimitedApi(database, new Dictionary<string, string>(Bucket(1)) { ["RateLimiting:TrustedNetworks:0"] = "10.0.0.0/8" });

        var (first, _) = await api.PostAsync(Proxy, forwardedFor: "198.51.100.1");
        var (sameClientThroughAnotherProxy, _) = await api.PostAsync("10.9.9.9", forwardedFor: "198.51.100.1");
        var (otherClient, _) = await api.PostAsync(Proxy, forwardedFor: "198.51.100.2");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameClientThroughAnotherProxy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task Post_WithXForwardedForFromAnUntrustedAddress_IsIgnoredEvenWhenAProxyIsTrusted()
    {
        using var api = new RateLimitedApi(database, new Dictionary<string, string>(Bucket(1)) { ["RateLimiting:TrustedProxies:0"] = Proxy });

        var (first, _) = await api.PostAsync("192.0.2.50", forwardedFor: "198.51.100.1");
        var (spoofed, _) = await api.PostAsync("192.0.2.50", forwardedFor: "198.51.100.2");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed.StatusCode);
    }

    [Fact]
    public async Task Start_WithAMalformedTrustedProxy_ExitsOneNamingTheSetting()
    {
        var settings = ServerSettings.For(database.FilePath, buildOnStartup: false);
        settings["RateLimiting:TrustedProxies:0"] = "not-an-address";

        await StartupLog.AssertRefusedToStartAsync("RateLimiting:TrustedProxies has 'not-an-address'", settings);

    }
}
