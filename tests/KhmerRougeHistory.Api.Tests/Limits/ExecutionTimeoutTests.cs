using System.Diagnostics;
using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>
/// A request running past the time-out is cancelled down to the SQLite statement (which would otherwise never end)
/// and answered 504 <c>EXECUTION_TIMEOUT</c>; the server goes on answering.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ExecutionTimeoutTests : IDisposable
{
    private readonly SlowStatementInterceptor _slow = new();
    private readonly LimitedApi _api;

    public ExecutionTimeoutTests(CuratedDatabase database) => _api = new LimitedApi(
        database,
        new Dictionary<string, string> { ["Limits:ExecutionTimeout"] = "00:00:00.5" },
        services => services.AddSingleton<IInterceptor>(_slow));

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task StatementRunningPastTheTimeout_IsInterrupted_AndAnswered504(string accept)
    {
        await _api.AssertStillAnswersAsync();
        _slow.Arm();
        var stopwatch = Stopwatch.StartNew();

        // The statement never ends by itself: without the interrupt this request would not be answered at all.
        var (response, body) = await SendAsync(_api.Client, PostQuery("{ __typename dataVersion }", accept)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal(accept, MediaType(response));
        Assert.Null(body?["data"]);
        Assert.Contains("0.5 s", GraphQLAssert.ErrorCode(body, "EXECUTION_TIMEOUT"), StringComparison.Ordinal);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(20));
        Assert.Contains(_slow.Failures, SlowStatementInterceptor.IsInterrupted);
        await _api.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task AfterATimeout_TheSameConnectionsServeTheNextRequests()
    {
        _slow.Arm();
        await SendAsync(_api.Client, PostQuery("{ dataVersion }")).WaitAsync(TimeSpan.FromSeconds(30));

        for (var i = 0; i < 5; i++)
        {
            var (response, body) = await SendAsync(_api.Client, PostQuery("{ dataVersion persons(first: 2) { nodes { id } } }"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Matches("^[0-9a-f]{64}$", (string?)GraphQLAssert.Data(body)["dataVersion"]);
        }
    }

    public void Dispose() => _api.Dispose();
}
