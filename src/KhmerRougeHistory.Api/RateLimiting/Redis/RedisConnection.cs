using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KhmerRougeHistory.Api.RateLimiting.Redis;

/// <summary>
/// The one connection to the store, opened before the server starts listening (so that the first requests are
/// shared already) and bounded by <see cref="RateLimitStoreOptions.ConnectTimeout"/>: an unreachable Redis delays
/// the start by that much, then the API serves with per-process budgets while StackExchange.Redis keeps trying.
/// </summary>
internal sealed class RedisConnection(IOptions<RateLimitStoreOptions> options, RateLimitStoreStatus status) : IHostedLifecycleService, IAsyncDisposable, IDisposable
{
    private ConnectionMultiplexer? _multiplexer;

    /// <summary>The multiplexer once started, connected or not; null before, or when no store is configured.</summary>
    public IConnectionMultiplexer? Multiplexer => Volatile.Read(ref _multiplexer);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsConfigured || _multiplexer is not null)
        {
            return;
        }

        try
        {
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(RedisConfiguration.For(options.Value));
            Volatile.Write(ref _multiplexer, multiplexer);
            if (multiplexer.IsConnected)
            {
                status.Connected();
            }
            else
            {
                status.Failed("not reachable at start");
            }
        }
        catch (RedisException e)
        {
            // Without a multiplexer nothing reconnects: this replica keeps per-process budgets until restarted.
            status.Failed("could not be set up at start", e);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => Interlocked.Exchange(ref _multiplexer, null)?.Dispose();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _multiplexer, null) is { } multiplexer)
        {
            await multiplexer.DisposeAsync();
        }
    }
}
