namespace KhmerRougeHistory.Api.Tests.RateLimiting.Redis;

/// <summary>A fact that needs the Redis server (<see cref="RedisServer"/>): skipped locally without one.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute() => Skip = RedisServer.SkipReason;
}
