using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using static KhmerRougeHistory.Api.Tests.Http.TransportRequests;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>Batched requests (a JSON array body) are refused: one request per HTTP request.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class BatchingTests(CuratedDatabase database) : IDisposable
{
    private readonly LimitedApi _api = new(database);

    [Theory]
    [InlineData(Json, """[{"query": "{ __typename }"}]""")]
    [InlineData(GraphQLResponseJson, """[{"query": "{ __typename }"}, {"query": "{ dataVersion }"}]""")]
    [InlineData(Json, "[]")]
    public async Task Post_JsonArray_IsRefusedWithBatchingNotSupported(string accept, string batch)
    {
        var (response, body) = await SendAsync(_api.Client, Post(batch, accept: accept));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(accept, MediaType(response));
        Assert.Contains("one request object per HTTP request", LimitedApi.AssertRefused(response, body, "BATCHING_NOT_SUPPORTED"), StringComparison.Ordinal);
        await _api.AssertStillAnswersAsync();
    }

    public void Dispose() => _api.Dispose();
}
