using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;
using static KhmerRougeHistory.Api.Tests.RateLimiting.RateLimitedApi;

namespace KhmerRougeHistory.Api.Tests.RateLimiting;

/// <summary>Each client address has its own token bucket; an empty bucket means 429 until it refills.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ClientRateLimitTests(CuratedDatabase database) : IDisposable
{
    private const string Client = "192.0.2.10";

    private readonly RateLimitedApi _api = new(database, Bucket(3));

    [Fact]
    public async Task Post_WithinTheBucket_CarriesRateLimitFields()
    {
        for (var remaining = 2; remaining >= 0; remaining--)
        {
            var (response, body) = await _api.PostAsync(Client);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            GraphQLAssert.Data(body);
            Assert.Equal("3", Header(response, "RateLimit-Limit"));
            Assert.Equal($"{remaining}", Header(response, "RateLimit-Remaining"));
            // One token comes back per hour: the bucket is full again after as many hours as tokens are missing.
            Assert.Equal($"{(3 - remaining) * 3600}", Header(response, "RateLimit-Reset"));
        }
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Post_BeyondTheBucket_Returns429WithRetryAfterAndCode(string accept)
    {
        await DrainAsync(Client);

        var (response, body) = await SendAsync(_api.Client, From(Client, PostQuery("{ __typename }", accept)));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(accept, MediaType(response));
        Assert.Equal(TimeSpan.FromHours(1), RetryAfter(response));
        Assert.Equal("3", Header(response, "RateLimit-Limit"));
        Assert.Equal("0", Header(response, "RateLimit-Remaining"));
        Assert.Equal("10800", Header(response, "RateLimit-Reset"));
        Assert.Null(body?["data"]);
        var message = GraphQLAssert.ErrorCode(body, "RATE_LIMITED");
        Assert.Contains("Retry after 3600 s.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_BeyondTheBucket_Returns429()
    {
        await DrainAsync(Client);

        var (response, body) = await SendAsync(_api.Client, From(Client, Get("{ __typename }", accept: GraphQLResponseJson)));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        GraphQLAssert.ErrorCode(body, "RATE_LIMITED");
    }

    [Fact]
    public async Task Post_FromAnotherAddress_IsNotAffected()
    {
        await DrainAsync(Client);

        var (response, body) = await _api.PostAsync("192.0.2.11");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
        Assert.Equal("2", Header(response, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Post_FromTheSameIPv6Network_SharesABucket()
    {
        await DrainAsync("2001:db8:1:2::1");

        var (sameNetwork, _) = await _api.PostAsync("2001:db8:1:2:ffff:ffff:ffff:fffe");
        var (otherNetwork, _) = await _api.PostAsync("2001:db8:1:3::1");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameNetwork.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherNetwork.StatusCode);
    }

    [Fact]
    public async Task Post_IPv4MappedToIPv6_CountsAsTheIPv4Address()
    {
        await DrainAsync(Client);

        var (response, _) = await _api.PostAsync($"::ffff:{Client}");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"query": """, "INVALID_JSON")]
    [InlineData("""{"notquery": 1}""", "INVALID_REQUEST")]
    [InlineData("""{"query": "{ noSuchField }"}""", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("""{"query": "{"}""", "SYNTAX_ERROR")]
    public async Task Post_RefusedRequests_CostATokenEach(string request, string code)
    {
        for (var i = 0; i < 3; i++)
        {
            var (refused, refusedBody) = await SendAsync(_api.Client, From(Client, Post(request, accept: GraphQLResponseJson)));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(code, Code(refusedBody));
        }

        var (response, body) = await SendAsync(_api.Client, From(Client, Post(request, accept: GraphQLResponseJson)));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        GraphQLAssert.ErrorCode(body, "RATE_LIMITED");
    }

    [Fact]
    public async Task Post_WrongMethodsAndContentTypes_CountToo()
    {
        using var put = From(Client, new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _api.Client.SendAsync(put)).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await SendAsync(_api.Client, From(Client, Post("{}", "text/plain")))).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsync(Client)).Response.StatusCode);

        var (response, _) = await _api.PostAsync(Client);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Post_AfterIdlingWithAFullBucket_CannotBurstBeyondTheBucket()
    {
        // One token every 2 s from the bucket's first use: full again at t = 2 s, next refill at t = 6 s.
        using var api = new RateLimitedApi(database, new Dictionary<string, string>(Bucket(3)) { ["RateLimiting:ReplenishmentPeriod"] = "00:00:02" });
        await api.PostAsync("192.0.2.99");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(Client)).Response.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(4.3) - clock.Elapsed);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await api.PostAsync(Client)).Response.StatusCode);
            // Longer than the partitioned limiter's 100 ms heartbeat, which would credit idle time if it refilled the buckets.
            await Task.Delay(150);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"too slow to tell: {clock.Elapsed}");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("/graphql/bcp-config.json")]
    [InlineData("/graphql/favicon.ico")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/no-such-path")]
    public async Task OtherPaths_AreNotMetered(string path)
    {
        await DrainAsync(Client);

        using var response = await _api.Client.SendAsync(From(Client, new HttpRequestMessage(HttpMethod.Get, path)));

        Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Null(Header(response, "RateLimit-Limit"));
    }

    public void Dispose() => _api.Dispose();

    private async Task DrainAsync(string address)
    {
        for (var i = 0; i < 3; i++)
        {
            var (response, _) = await _api.PostAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
