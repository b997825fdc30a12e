using KhmerRougeHistory.Api.RateLimiting.Redis;
using KhmerRougeHistory.Api.Tests.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Tests.RateLimiting.Redis;

/// <summary>The outage bookkeeping: retried once per interval, logged when it starts and ends, not per failure.</summary>
public sealed class RateLimitStoreStatusTests : IDisposable
{
    private const int OutageWarning = 4011;

    private const int OutageEnded = 4012;

    private readonly CapturedLogs _logs = new();

    private readonly ManualClock _clock = new();

    private readonly ILoggerFactory _loggers;

    private readonly RateLimitStoreStatus _status;

    public RateLimitStoreStatusTests()
    {
        _loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs));
        var options = Options.Create(new RateLimitStoreOptions { ConnectionString = "redis:6379", RetryInterval = TimeSpan.FromSeconds(2) });
        _status = new RateLimitStoreStatus(options, _clock, _loggers.CreateLogger<RateLimitStoreStatus>());
    }

    [Fact]
    public void DuringAnOutage_TheStoreIsTriedAgainOnlyOncePerRetryInterval()
    {
        Assert.True(_status.ShouldTry);

        _status.Failed("not connected");
        var rightAfter = _status.ShouldTry;
        _clock.Advance(TimeSpan.FromSeconds(1.9));
        var beforeTheInterval = _status.ShouldTry;
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        var atTheInterval = _status.ShouldTry;
        _status.Failed("timed out");
        var afterAnotherFailure = _status.ShouldTry;

        Assert.Equal([false, false, true, false], [rightAfter, beforeTheInterval, atTheInterval, afterAnotherFailure]);
        Assert.Equal("timed out", _status.Outage?.Reason);
    }

    [Fact]
    public void AnOutage_IsLoggedOnceWhenItStarts_AndOnceWhenItEnds()
    {
        _status.Failed("not connected");
        for (var i = 0; i < 10; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(3));
            _status.Failed("not connected");
        }

        _status.Succeeded(_status.BeginAttempt());
        _status.Succeeded(_status.BeginAttempt());

        var warning = Assert.Single(_logs.WithEventId(OutageWarning));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("redis:6379", warning.Message, StringComparison.Ordinal);
        var ended = Assert.Single(_logs.WithEventId(OutageEnded));
        Assert.Equal(TimeSpan.FromSeconds(30), ended.Values["Outage"]);
        Assert.Null(_status.Outage);
        Assert.True(_status.ShouldTry);
    }

    [Fact]
    public void ASecondOutage_IsLoggedAgain()
    {
        _status.Failed("not connected");
        _status.Succeeded(_status.BeginAttempt());
        _status.Failed("timed out");

        Assert.Equal(2, _logs.WithEventId(OutageWarning).Count());
    }

    [Fact]
    public void AnAnswerToAnAttemptBegunBeforeTheOutage_DoesNotEndIt()
    {
        var begunBefore = _status.BeginAttempt();
        _status.Failed("timed out");

        _status.Succeeded(begunBefore);
        var afterTheStaleAnswer = _status.Outage;
        _clock.Advance(TimeSpan.FromSeconds(3));
        _status.Failed("timed out");
        _status.Succeeded(_status.BeginAttempt());

        Assert.NotNull(afterTheStaleAnswer);
        Assert.Single(_logs.WithEventId(OutageWarning));
        Assert.Single(_logs.WithEventId(OutageEnded));
        Assert.Null(_status.Outage);
    }

    public void Dispose() => _loggers.Dispose();

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan time) => _now += time;
    }
}
