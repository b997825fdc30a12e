using System.Net;
using KhmerRougeHistory.Api.RateLimiting;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.SecureHeaders;

/// <summary>
/// A bug that escapes every handler still gets a 500 with the secure headers, over real Kestrel (which, left to
/// itself, resets the headers of a response an unhandled exception ends), and the server goes on serving.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class UnhandledExceptionTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _root = new(database.FilePath);

    [Fact]
    public async Task UnhandledException_Answers500WithTheSecureHeaders_AndTheServerGoesOn()
    {
        using var broken = new HistoryApiFactory(database.FilePath).WithTestServices(services => services.AddSingleton<IClientBudget, ThrowingBudget>());
        using var client = new HttpClient { BaseAddress = new Uri(broken.StartOnLoopback()) };

        using var failed = await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", null, "application/json"));
        using var health = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        SecureHeadersAssert.Api(failed, "an unhandled exception's 500");
        Assert.DoesNotContain(ThrowingBudget.Secret, await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    public void Dispose() => _root.Dispose();

    private sealed class ThrowingBudget : IClientBudget
    {
        public const string Secret = "a bug's details";

        public RateLimitingOptions Options { get; } = new();

        public ValueTask<BudgetTake> TryTakeAsync(string client, int tokens, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
