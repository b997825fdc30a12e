using System.Globalization;
using System.Net;
using KhmerRougeHistory.Api.RateLimiting;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.RateLimiting.RateLimitedApi;

namespace KhmerRougeHistory.Api.Tests.RateLimiting;

/// <summary>The application as configured out of the box: metered, with the documented bucket.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class RateLimitDefaultsTests(CuratedDatabase database) : IDisposable
{
    private readonly RateLimitedApi _api = new(database, new Dictionary<string, string>());

    [Fact]
    public async Task Post_WithDefaultOptions_CarriesTheDefaultBucket()
    {
        var defaults = new RateLimitingOptions();
        // The first request warms the schema up, which may take longer than a refill period (1 s).
        await _api.PostAsync("192.0.2.1");

        var (response, body) = await _api.PostAsync("192.0.2.2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
        Assert.Equal(defaults.TokenLimit.ToString(CultureInfo.InvariantCulture), Header(response, "RateLimit-Limit"));
        Assert.Equal((defaults.TokenLimit - 1).ToString(CultureInfo.InvariantCulture), Header(response, "RateLimit-Remaining"));
        Assert.Equal("1", Header(response, "RateLimit-Reset"));
    }

    [Fact]
    public void Defaults_TrustNoProxyAndLimitBurstsAndConcurrency()
    {
        var defaults = new RateLimitingOptions();

        Assert.False(defaults.TrustsProxies);
        Assert.Equal(10_000, defaults.TokenLimit);
        Assert.Equal(100, defaults.TokensPerPeriod);
        Assert.Equal(TimeSpan.FromSeconds(1), defaults.ReplenishmentPeriod);
        Assert.Equal(16, defaults.ConcurrencyLimit);
        Assert.Equal(64, defaults.QueueLimit);
        Assert.Equal(64, defaults.IPv6PrefixLength);
    }

    public void Dispose() => _api.Dispose();
}
