using System.Net;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using KhmerRougeHistory.Api.Tests.RateLimiting;
using static KhmerRougeHistory.Api.Tests.RateLimiting.RateLimitedApi;

namespace KhmerRougeHistory.Api.Tests.Export;

/// <summary>
/// Downloads draw on the client's GraphQL budget: a token on arrival, which pays for the first Export:BytesPerToken
/// bytes, then one per Export:BytesPerToken more as they are sent.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ExportRateLimitTests(CuratedDatabase database)
{
    private const string Client = "192.0.2.40";

    private const string Lister = "192.0.2.41";

    [Fact]
    public async Task Download_ChargesOneTokenPerStartedBytesPerToken_TheFirstOnArrival()
    {
        using var api = new RateLimitedApi(database, Settings(tokens: 100_000, bytesPerToken: 1024));
        var url = await DatabaseUrlAsync(api);
        var length = new FileInfo(database.FilePath).Length;

        using var download = await api.Client.SendAsync(From(Client, new HttpRequestMessage(HttpMethod.Get, url)));
        Assert.Equal(length, (await download.Content.ReadAsByteArrayAsync()).Length);
        var (after, _) = await api.PostAsync(Client);

        // The download: ceil(bytes / 1024); the GraphQL request after it: 1.
        var expected = 100_000 - ((length + 1023) / 1024) - 1;
        Assert.Equal($"{expected}", Header(after, "RateLimit-Remaining"));
        Assert.Equal("99999", Header(download, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Download_WithCompression_IsChargedForTheCompressedBytes()
    {
        using var api = new RateLimitedApi(database, Settings(tokens: 100_000, bytesPerToken: 1024));
        var url = await DatabaseUrlAsync(api);
        var request = From(Client, new HttpRequestMessage(HttpMethod.Get, url));
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var download = await api.Client.SendAsync(request);
        var sent = (await download.Content.ReadAsByteArrayAsync()).Length;
        var (after, _) = await api.PostAsync(Client);

        Assert.Equal(["gzip"], download.Content.Headers.ContentEncoding);
        Assert.True(sent < new FileInfo(database.FilePath).Length);
        Assert.Equal($"{100_000 - ((sent + 1023) / 1024) - 1}", Header(after, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Listing_CostsOneToken_LikeASmallGraphQLRequest()
    {
        using var api = new RateLimitedApi(database, Settings(tokens: 10, bytesPerToken: 65_536));

        using var listing = await api.Client.SendAsync(From(Client, new HttpRequestMessage(HttpMethod.Get, "/export")));
        var (after, _) = await api.PostAsync(Client);

        Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
        Assert.Equal("8", Header(after, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Download_WithAnEmptyBucket_Returns429WithRetryAfterAndAStableCode()
    {
        using var api = new RateLimitedApi(database, Settings(tokens: 1, bytesPerToken: 65_536));
        var url = await DatabaseUrlAsync(api);
        await api.PostAsync(Client);

        using var response = await api.Client.SendAsync(From(Client, new HttpRequestMessage(HttpMethod.Get, url)));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), RetryAfter(response));
        Assert.Equal("0", Header(response, "RateLimit-Remaining"));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("RATE_LIMITED", (string)body["code"]!);
    }

    [Fact]
    public async Task Download_WhoseBucketRunsDry_SlowsDownInsteadOfBreakingOff()
    {
        // 10 tokens of 64 KiB, 10 more every 100 ms: the file needs more than a bucket, so it waits for refills.
        var settings = new Dictionary<string, string>
        {
            ["RateLimiting:TokenLimit"] = "10",
            ["RateLimiting:TokensPerPeriod"] = "10",
            ["RateLimiting:ReplenishmentPeriod"] = "00:00:00.1",
        };
        using var api = new RateLimitedApi(database, settings);
        var url = await DatabaseUrlAsync(api);

        using var download = await api.Client.SendAsync(From(Client, new HttpRequestMessage(HttpMethod.Get, url)));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(database.FilePath), await download.Content.ReadAsByteArrayAsync());
    }

    private static Dictionary<string, string> Settings(int tokens, int bytesPerToken)
    {
        var settings = Bucket(tokens);
        settings["Export:BytesPerToken"] = bytesPerToken.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    /// <summary>Listed from another address, so that the listing does not count against the client under test.</summary>
    private static async Task<Uri> DatabaseUrlAsync(RateLimitedApi api)
    {
        using var response = await api.Client.SendAsync(From(Lister, new HttpRequestMessage(HttpMethod.Get, "/export")));
        var listing = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new Uri((string)listing["files"]!.AsArray().Single(f => ((string)f!["name"]!).EndsWith(".db", StringComparison.Ordinal))!["url"]!, UriKind.Relative);
    }
}
