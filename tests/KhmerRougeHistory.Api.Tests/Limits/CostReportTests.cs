using System.Net;
using KhmerRougeHistory.Api.Limits;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>
/// <c>GraphQL-Cost: report</c> puts the cost in the response's extensions, as HotChocolate does; the cost is
/// published to other code as <see cref="RequestCostFeature"/>.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class CostReportTests : IDisposable
{
    private const string Query = "{ persons(first: 2) { nodes { id } } }";
    private const string ExpectedCost = """{"fieldCost":2,"typeCost":4}""";

    private readonly CostSink _sink = new();
    private readonly LimitedApi _api;

    public CostReportTests(CuratedDatabase database) =>
        _api = new LimitedApi(database, services: services => services.AddSingleton<IStartupFilter>(_sink));

    [Theory]
    [InlineData("report")]
    [InlineData(" Report ")]
    public async Task Post_WithCostReportHeader_HasOperationCostInExtensions(string header)
    {
        var request = PostQuery(Query);
        request.Headers.Add("GraphQL-Cost", header);

        var (response, body) = await SendAsync(_api.Client, request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
        Assert.Equal(ExpectedCost, Compact(body!["extensions"]!["operationCost"]));
    }

    [Fact]
    public async Task Get_WithCostReportHeader_HasOperationCostInExtensions()
    {
        var request = Get(Query);
        request.Headers.Add("GraphQL-Cost", "report");

        var (response, body) = await SendAsync(_api.Client, request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExpectedCost, Compact(body!["extensions"]!["operationCost"]));
    }

    [Fact]
    public async Task Post_WithoutTheHeader_HasNoExtensions()
    {
        var (response, body) = await _api.PostAsync(Query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body!["extensions"]);
    }

    [Fact]
    public async Task Cost_IsPublishedAsAFeatureOfTheRequest()
    {
        await _api.PostAsync(Query);
        var published = _sink.Last;
        await _api.PostAsync("{ persons(first: 50) { nodes { id } } }");

        Assert.NotNull(published);
        Assert.Equal((2, 4, 4), (published.FieldCost, published.TypeCost, published.TotalCost));
        Assert.Equal((2, 52, 52), (_sink.Last!.FieldCost, _sink.Last.TypeCost, _sink.Last.TotalCost));
    }

    [Fact]
    public async Task Cost_IsNotPublished_ForAnInvalidDocument()
    {
        await _api.PostAsync("{ noSuchField }");

        Assert.Null(_sink.Last);
    }

    public void Dispose() => _api.Dispose();

    /// <summary>Keeps the <see cref="RequestCostFeature"/> of the last request, as a rate limiter would read it.</summary>
    private sealed class CostSink : IStartupFilter
    {
        public RequestCostFeature? Last { get; private set; }

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                await nextMiddleware(context);
                Last = context.Features.Get<RequestCostFeature>();
            });
            next(app);
        };
    }
}
