using System.Net;
using StackExchange.Redis;

namespace KhmerRougeHistory.Api.RateLimiting.Redis;

/// <summary>The StackExchange.Redis settings of the store: never fail a request, never wait long.</summary>
internal static class RedisConfiguration
{
    public static ConfigurationOptions For(RateLimitStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configuration = ConfigurationOptions.Parse(options.ConnectionString!);
        // Start (and keep serving) without Redis; the multiplexer keeps trying to connect in the background.
        configuration.AbortOnConnectFail = false;
        configuration.ConnectRetry = 1;
        configuration.ConnectTimeout = Milliseconds(options.ConnectTimeout);
        configuration.SyncTimeout = Milliseconds(options.Timeout);
        configuration.AsyncTimeout = Milliseconds(options.Timeout);
        // Fail a command at once while disconnected rather than queue it until it times out.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry(Milliseconds(options.RetryInterval));
        configuration.ClientName ??= "khmer-rouge-history-api";
        return configuration;
    }

    /// <summary>The servers' addresses, for the log (never the password).</summary>
    public static string Describe(RateLimitStoreOptions options) =>
        string.Join(", ", ConfigurationOptions.Parse(options.ConnectionString!).EndPoints.Select(e => e is DnsEndPoint dns ? $"{dns.Host}:{dns.Port}" : e.ToString()));

    private static int Milliseconds(TimeSpan time) => (int)Math.Ceiling(time.TotalMilliseconds);
}
