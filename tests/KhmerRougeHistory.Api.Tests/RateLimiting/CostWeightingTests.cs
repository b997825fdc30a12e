using System.Globalization;
using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;
using static KhmerRougeHistory.Api.Tests.RateLimiting.RateLimitedApi;

namespace KhmerRougeHistory.Api.Tests.RateLimiting;

/// <summary>A request takes its computed cost from the bucket, so expensive queries drain it faster.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class CostWeightingTests(CuratedDatabase database)
{
    private const string Cheap = "{ __typename }";

    private const string Expensive = """
        { persons(first: 20) { nodes { id label } } }
        """;

    /// <summary>Beyond the cost limits' 5,000 by neither measure, and over 2,500 by one of them.</summary>
    private const string MostExpensive = """
        { persons(first: 50) { nodes { claims(first: 50) { nodes { id } } } } }
        """;

    [Fact]
    public async Task Post_ExpensiveQuery_TakesItsReportedCostFromTheBucket()
    {
        using var api = new RateLimitedApi(database, Bucket(1_000));

        var (cheap, cheapCost) = await PostReportingCostAsync(api, Cheap);
        var (expensive, expensiveCost) = await PostReportingCostAsync(api, Expensive);

        Assert.Equal(1, cheapCost);
        Assert.True(expensiveCost > 10, $"cost {expensiveCost}");
        Assert.Equal($"{1_000 - cheapCost}", Header(cheap, "RateLimit-Remaining"));
        Assert.Equal($"{1_000 - cheapCost - expensiveCost}", Header(expensive, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Post_ExpensiveQueries_DrainTheBucketFasterThanCheapOnes()
    {
        using var api = new RateLimitedApi(database, Bucket(100));
        var (_, expensiveCost) = await PostReportingCostAsync(api, Expensive, "192.0.2.99");
        var affordable = 100 / expensiveCost;

        for (var i = 0; i < affordable; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("192.0.2.1", Expensive)).Response.StatusCode);
        }

        var (refused, body) = await api.PostAsync("192.0.2.1", Expensive);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains($"this request costs {expensiveCost}", GraphQLAssert.ErrorCode(body, "RATE_LIMITED"), StringComparison.Ordinal);
        // The refused request paid its admission token; what is left still pays for cheap queries, one token each.
        var left = int.Parse(Header(refused, "RateLimit-Remaining")!, CultureInfo.InvariantCulture);
        Assert.Equal(100 - (affordable * expensiveCost) - 1, left);
        for (var i = 0; i < left; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("192.0.2.1", Cheap)).Response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await api.PostAsync("192.0.2.1", Cheap)).Response.StatusCode);
    }

    [Fact]
    public async Task Post_WithDefaultOptions_RefusesAClientRepeatingTheMostExpensiveQuery()
    {
        using var api = new RateLimitedApi(database, new Dictionary<string, string>());
        var (_, cost) = await PostReportingCostAsync(api, MostExpensive, "192.0.2.99");
        Assert.InRange(cost, 2_501, 5_000);

        var affordable = 10_000 / cost;

        for (var i = 0; i < affordable; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("192.0.2.1", MostExpensive)).Response.StatusCode);
        }

        var (refused, body) = await api.PostAsync("192.0.2.1", MostExpensive);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        GraphQLAssert.ErrorCode(body, "RATE_LIMITED");
    }

    private static async Task<(HttpResponseMessage Response, int Cost)> PostReportingCostAsync(RateLimitedApi api, string query, string address = "192.0.2.1")
    {
        var request = From(address, PostQuery(query, GraphQLResponseJson));
        request.Headers.Add("GraphQL-Cost", "report");
        var (response, body) = await SendAsync(api.Client, request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
        var cost = body!["extensions"]?["operationCost"] ?? throw new InvalidOperationException("no cost reported: " + body.ToJsonString());
        return (response, Math.Max(1, Math.Max((int)cost["fieldCost"]!, (int)cost["typeCost"]!)));
    }
}
