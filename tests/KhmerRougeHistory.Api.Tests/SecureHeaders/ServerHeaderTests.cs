using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.SecureHeaders;

/// <summary>
/// No response names the server software. Over real Kestrel on loopback: the in-memory test server never adds a
/// <c>Server</c> header, so only real sockets can show Kestrel's.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ServerHeaderTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task Responses_OverKestrel_HaveNoServerHeader()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_factory.StartOnLoopback()) };

        using var query = await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", null, "application/json"));
        using var health = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound], [query.StatusCode, health.StatusCode, missing.StatusCode]);
        foreach (var (what, response) in new[] { ("POST /graphql", query), ("/health/live", health), ("404", missing) })
        {
            Assert.True(response.Headers.Server.Count == 0, $"{what}: Server: {response.Headers.Server}");
        }

        SecureHeadersAssert.Api(query, "POST /graphql over Kestrel");
    }

    public void Dispose() => _factory.Dispose();
}
