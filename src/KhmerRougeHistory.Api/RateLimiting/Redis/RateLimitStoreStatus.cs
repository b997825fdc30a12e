using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.RateLimiting.Redis;

/// <summary>
/// Whether the shared store is in use or in an outage, and since when. An outage is logged once when it starts and
/// once when it ends, not per request; during one the store is tried again only every
/// <see cref="RateLimitStoreOptions.RetryInterval"/>, so requests in between do not wait for it.
/// </summary>
internal sealed class RateLimitStoreStatus(IOptions<RateLimitStoreOptions> options, TimeProvider clock, ILogger<RateLimitStoreStatus> logger)
{
    private readonly Lock _lock = new();
    private readonly string _store = options.Value.IsConfigured ? RedisConfiguration.Describe(options.Value) : "(none)";

    // UTC ticks, read without the lock on every request: 0 means no outage.
    private long _outageSince;
    private long _retryAt;
    private string _reason = "";

    // How many outages have started: an attempt remembers it, so that an answer tells whether it came from before the
    // outage (the count moved on) without comparing clocks.
    private long _outagesStarted;

    /// <summary>The outage now, or null while the store answers.</summary>
    public StoreOutage? Outage
    {
        get
        {
            lock (_lock)
            {
                return _outageSince == 0 ? null : new StoreOutage(new DateTimeOffset(_outageSince, TimeSpan.Zero), _reason);
            }
        }
    }

    /// <summary>Whether to ask the store now: always while it answers, during an outage once per retry interval.</summary>
    public bool ShouldTry => Volatile.Read(ref _outageSince) == 0 || clock.GetUtcNow().UtcTicks >= Volatile.Read(ref _retryAt);

    public void Connected() => Log.StoreConnected(logger, _store);

    /// <summary>Marks an attempt on the store as it starts; give the mark back to <see cref="Succeeded"/> when it answers.</summary>
    public long BeginAttempt() => Volatile.Read(ref _outagesStarted);

    /// <summary>The store did not answer: starts an outage (logged) or extends the current one (not logged).</summary>
    public void Failed(string reason, Exception? exception = null)
    {
        var now = clock.GetUtcNow();
        bool started;
        lock (_lock)
        {
            started = _outageSince == 0;
            if (started)
            {
                Volatile.Write(ref _outageSince, now.UtcTicks);
                Volatile.Write(ref _outagesStarted, _outagesStarted + 1);
            }

            _reason = reason;
            Volatile.Write(ref _retryAt, (now + options.Value.RetryInterval).UtcTicks);
        }

        if (started)
        {
            Log.StoreUnreachable(logger, _store, reason, options.Value.RetryInterval, exception);
        }
    }

    /// <summary>
    /// The store answered an attempt: ends the outage, if there was one (logged). An answer to an attempt begun before
    /// the outage started says nothing about the store since, so it leaves the outage on; ending it would log the
    /// outage again at the next failure.
    /// </summary>
    public void Succeeded(long attempt)
    {
        if (Volatile.Read(ref _outageSince) == 0)
        {
            return;
        }

        long since;
        lock (_lock)
        {
            since = _outageSince;
            if (since == 0 || attempt != _outagesStarted)
            {
                return;
            }

            Volatile.Write(ref _outageSince, 0);
        }

        var outage = clock.GetUtcNow() - new DateTimeOffset(since, TimeSpan.Zero);
        Log.StoreBack(logger, _store, outage);
    }
}
