using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;
using static KhmerRougeHistory.Api.Tests.RateLimiting.RateLimitedApi;

namespace KhmerRougeHistory.Api.Tests.RateLimiting;

/// <summary>
/// Over a real loopback connection, whose address ASP.NET Core's forwarded-headers middleware would trust by
/// default: here X-Forwarded-For counts only when 127.0.0.1 is configured as a trusted proxy.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class LoopbackForwardedForTests(CuratedDatabase database)
{
    [Fact]
    public async Task Post_OverLoopbackWithXForwardedFor_IsIgnoredByDefault()
    {
        var statuses = await SendWithForwardedForAsync(Bucket(2), "198.51.100.1", "198.51.100.2", "198.51.100.3");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Post_OverLoopbackWithXForwardedForAndLoopbackTrusted_CountsPerForwardedClient()
    {
        var settings = new Dictionary<string, string>(Bucket(2)) { ["RateLimiting:TrustedProxies:0"] = "127.0.0.1" };

        var statuses = await SendWithForwardedForAsync(settings, "198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.1", "198.51.100.1");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private async Task<List<HttpStatusCode>> SendWithForwardedForAsync(Dictionary<string, string> settings, params string[] clients)
    {
        using var factory = new HistoryApiFactory(database.FilePath).With(settings);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var statuses = new List<HttpStatusCode>();
        foreach (var forwardedFor in clients)
        {
            var request = PostQuery("{ __typename }");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
