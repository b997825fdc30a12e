using System.ComponentModel.DataAnnotations;
using StackExchange.Redis;

namespace KhmerRougeHistory.Api.RateLimiting.Redis;

/// <summary>
/// Where replicas keep the client budgets they share. Unset (the default), each process keeps its own buckets.
/// When <c>ConnectionStrings:RateLimitStore</c> names a Redis server in StackExchange.Redis syntax
/// (<c>redis:6379</c>, <c>redis:6379,password=…,ssl=true</c>), every replica takes from one bucket per client
/// there. While it is unreachable each replica falls back to its own buckets and <c>/health/ready</c> reports
/// Degraded; it is tried again every <see cref="RetryInterval"/> = 2 s. Every Redis call is bounded by
/// <see cref="Timeout"/> = 250 ms, connecting by <see cref="ConnectTimeout"/> = 2 s; keys start with
/// <see cref="KeyPrefix"/> = <c>khmer-rouge-history:rate-limit:</c>.
/// </summary>
public sealed class RateLimitStoreOptions : IValidatableObject
{
    public const string SectionName = "RateLimiting:Store";

    /// <summary>The name under <c>ConnectionStrings</c> of the Redis server (environment: <c>ConnectionStrings__RateLimitStore</c>).</summary>
    public const string ConnectionStringName = "RateLimitStore";

    /// <summary>
    /// The Redis connection string, read from <c>ConnectionStrings:RateLimitStore</c>. The API sets
    /// <c>abortConnect=false</c> and the time-outs below itself, whatever the string says, so that a slow or absent
    /// Redis can never hold a request up.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The longest one Redis call (a take from a bucket, a readiness ping) may take before the request is metered
    /// by this process instead. Default: 250 ms, a hundred times a take's round trip in one data centre.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long one attempt to connect may take, at start and when reconnecting. Default: 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// While Redis is unreachable, how often a replica tries it again (reconnecting, and a take); requests in
    /// between go straight to the per-process buckets without waiting. Default: 2 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The start of every key (one per client, expiring when its bucket would be full again), so that several
    /// deployments can share one Redis. Default: <c>khmer-rouge-history:rate-limit:</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string KeyPrefix { get; set; } = "khmer-rouge-history:rate-limit:";

    /// <summary>Whether a store is configured at all.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        string? problem = null;
        try
        {
            if (ConfigurationOptions.Parse(ConnectionString!).EndPoints.Count == 0)
            {
                problem = "it names no server";
            }
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult(
                $"ConnectionStrings:{ConnectionStringName} is not a StackExchange.Redis connection string such as 'redis:6379': {problem}",
                [nameof(ConnectionString)]);
        }
    }
}
