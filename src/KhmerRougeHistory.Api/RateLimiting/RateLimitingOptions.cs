using System.ComponentModel.DataAnnotations;
using System.Net;

namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>
/// Fairness at the GraphQL endpoint. Each client (its IP address; an IPv6 client's /64) has a token bucket of
/// <see cref="TokenLimit"/> = 10,000 tokens that refills by <see cref="TokensPerPeriod"/> = 100 every
/// <see cref="ReplenishmentPeriod"/> = 1 s; a request takes one token on arrival and the rest of its computed cost
/// (<c>RequestCostFeature.TotalCost</c>, at least 1) once validated; an empty bucket means 429 <c>RATE_LIMITED</c>.
/// At most <see cref="ConcurrencyLimit"/> = 16 GraphQL requests run at once, <see cref="QueueLimit"/> = 64 more
/// wait, and the rest get 503 <c>SERVICE_OVERLOADED</c> with <c>Retry-After</c> =
/// <see cref="OverloadedRetryAfterSeconds"/> = 1 s. <c>X-Forwarded-For</c> is ignored unless
/// <see cref="TrustedProxies"/> or <see cref="TrustedNetworks"/> name the proxy the request came through
/// (default: none). The buckets live in this process unless <c>ConnectionStrings:RateLimitStore</c> names a Redis
/// server that all replicas share (<see cref="Redis.RateLimitStoreOptions"/>).
/// </summary>
public sealed class RateLimitingOptions : IValidatableObject
{
    public const string SectionName = "RateLimiting";

    /// <summary>
    /// The size of a client's bucket, in cost units: the most a client can spend in a burst. A request never takes
    /// more than a full bucket, so keep this at least the largest cost a request may have (the cost limits,
    /// <c>Limits:MaxFieldCost</c> and <c>Limits:MaxTypeCost</c>, are 5,000). Default: 10,000: two requests of the
    /// largest allowed cost back to back, thirty full introspection queries (graphql-js's costs 313) or eight
    /// hundred 10-item pages (12 each), so an IDE or a test run never notices it while a scraper soon does.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int TokenLimit { get; set; } = 10_000;

    /// <summary>
    /// Tokens put back into a client's bucket every <see cref="ReplenishmentPeriod"/>: the rate a client may
    /// sustain. Default: 100 per second: eight 10-item pages a second, or one request of the largest allowed
    /// cost every 50 s; 360,000 an hour, below GitHub's GraphQL budget counted in objects (5,000 points an hour,
    /// a point per 100 objects). An empty bucket is full again after 100 s.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int TokensPerPeriod { get; set; } = 100;

    /// <summary>How often <see cref="TokensPerPeriod"/> tokens are put back. Default: 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "1.00:00:00")]
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// GraphQL requests parsed, validated and executed at the same time, whoever sends them. SQLite reads are
    /// synchronous under EF Core's async API, so each running request holds a thread-pool thread: this bounds
    /// how many a burst can block. Default: 16 (eight per core on a two-core host, enough to keep both busy).
    /// </summary>
    [Range(1, int.MaxValue)]
    public int ConcurrencyLimit { get; set; } = 16;

    /// <summary>
    /// Requests that wait (without holding a thread) for one of the <see cref="ConcurrencyLimit"/> places,
    /// oldest first; one more is refused with 503 <c>SERVICE_OVERLOADED</c>. Default: 64, four rounds of
    /// execution: a few hundred milliseconds of waiting for typical queries, and a quick answer instead of a
    /// time-out when the server is truly overwhelmed.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int QueueLimit { get; set; } = 64;

    /// <summary>The <c>Retry-After</c> of a 503 <c>SERVICE_OVERLOADED</c>, in seconds. Default: 1.</summary>
    [Range(1, 3600)]
    public int OverloadedRetryAfterSeconds { get; set; } = 1;

    /// <summary>
    /// Addresses of reverse proxies whose <c>X-Forwarded-For</c> names the client (e.g. <c>10.0.0.2</c>). A
    /// header from any other address is ignored, so that a client cannot choose its own bucket. Default: none.
    /// </summary>
    public IList<string> TrustedProxies { get; init; } = [];

    /// <summary>Networks of trusted reverse proxies in CIDR notation (e.g. <c>10.0.0.0/8</c>). Default: none.</summary>
    public IList<string> TrustedNetworks { get; init; } = [];

    /// <summary>
    /// How many trusted proxies in a row may add to <c>X-Forwarded-For</c> (a CDN in front of a load balancer
    /// is 2; every one of them must be trusted). Default: 1.
    /// </summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    /// <summary>
    /// IPv6 clients share a bucket per network of this prefix length, because one host is usually given a whole
    /// /64 and could otherwise take a fresh bucket with every address. Default: 64.
    /// </summary>
    [Range(1, 128)]
    public int IPv6PrefixLength { get; set; } = 64;

    /// <summary>Whether <c>X-Forwarded-For</c> is read at all.</summary>
    public bool TrustsProxies => TrustedProxies.Count > 0 || TrustedNetworks.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in TrustedProxies.Where(proxy => !IPAddress.TryParse(proxy, out _)))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(TrustedProxies)} has '{proxy}', which is not an IP address (e.g. 10.0.0.2).",
                [nameof(TrustedProxies)]);
        }

        foreach (var network in TrustedNetworks.Where(network => !IPNetwork.TryParse(network, out _)))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(TrustedNetworks)} has '{network}', which is not a network in CIDR notation (e.g. 10.0.0.0/8).",
                [nameof(TrustedNetworks)]);
        }
    }
}
