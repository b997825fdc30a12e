using System.Net;
using GraphQL.DI;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static KhmerRougeHistory.Api.Tests.RateLimiting.RateLimitedApi;

namespace KhmerRougeHistory.Api.Tests.RateLimiting;

/// <summary>A burst beyond the execution places and the queue is told 503 SERVICE_OVERLOADED, and nothing worse.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ConcurrencyLimitTests(CuratedDatabase database)
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Post_BurstBeyondPlacesAndQueue_Returns503ForTheRestAndAnswersTheOthers()
    {
        var gate = new ExecutionGate();
        using var api = new RateLimitedApi(database, Limits(places: 2, queue: 3), services => services.AddSingleton<IConfigureExecution>(gate));

        var burst = Enumerable.Range(0, 10).Select(i => api.PostAsync($"192.0.2.{i + 1}")).ToList();
        await WaitUntilAsync(() => gate.Waiting == 2 && burst.Count(task => task.IsCompleted) == 5);
        Assert.Equal(2, gate.Waiting);
        gate.Open();
        var responses = await Task.WhenAll(burst);

        var refused = responses.Where(r => r.Response.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.Equal(5, refused.Count);
        Assert.Equal(5, responses.Count(r => r.Response.StatusCode == HttpStatusCode.OK));
        foreach (var (response, body) in refused)
        {
            Assert.Equal(TimeSpan.FromSeconds(1), RetryAfter(response));
            var message = GraphQLAssert.ErrorCode(body, "SERVICE_OVERLOADED");
            Assert.Contains("Retry after 1 s.", message, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("192.0.2.200")).Response.StatusCode);
    }

    [Fact]
    public async Task Post_RealBurstWithOnePlace_Returns200Or503OnlyAndAnswersAfterwards()
    {
        using var api = new RateLimitedApi(database, Limits(places: 1, queue: 1));
        const string Query = """
            { persons(first: 50) { nodes { id label names { value } } } organizations(first: 50) { nodes { id label } } }
            """;

        var responses = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => api.PostAsync($"192.0.2.{i + 1}", Query)));

        Assert.All(responses, r => Assert.True(
            r.Response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable,
            $"{r.Response.StatusCode}: {r.Body?.ToJsonString()}"));
        Assert.All(responses.Where(r => r.Response.StatusCode == HttpStatusCode.ServiceUnavailable), r => GraphQLAssert.ErrorCode(r.Body, "SERVICE_OVERLOADED"));
        var (after, body) = await api.PostAsync("192.0.2.200", Query);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotNull(GraphQLAssert.Data(body)["persons"]);
    }

    private static Dictionary<string, string> Limits(int places, int queue) => new()
    {
        ["RateLimiting:ConcurrencyLimit"] = $"{places}",
        ["RateLimiting:QueueLimit"] = $"{queue}",
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + _patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the burst did not settle in time");
            await Task.Delay(10);
        }
    }
}
