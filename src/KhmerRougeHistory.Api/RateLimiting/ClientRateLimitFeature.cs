namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>
/// Set on a request that <see cref="ClientRateLimitMiddleware"/> admitted: which bucket it counts against.
/// The admission took one token; the rest of the request's cost is taken after validation.
/// </summary>
internal sealed class ClientRateLimitFeature(string client)
{
    public string Client { get; } = client;
}
