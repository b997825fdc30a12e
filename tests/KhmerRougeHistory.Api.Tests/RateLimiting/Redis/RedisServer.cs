namespace KhmerRougeHistory.Api.Tests.RateLimiting.Redis;

/// <summary>
/// The Redis server the shared-budget tests use: <c>KRH_TEST_REDIS</c> (host:port), which <c>.ci/redis start</c>
/// prints for a throw-away server on loopback, with <c>KRH_TEST_REDIS_SERVER</c>, the redis-server binary for tests
/// that stop and start a server of their own. Without them the tests are skipped locally and fail on CI, so CI cannot
/// pass without having run them.
/// </summary>
public static class RedisServer
{
    public const string Variable = "KRH_TEST_REDIS";

    public const string BinaryVariable = "KRH_TEST_REDIS_SERVER";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why the tests are skipped, or null when they run (a server is given, or this is CI).</summary>
    public static string? SkipReason =>
        ConnectionString is null && !Infrastructure.RepositoryPaths.RunningOnCi
            ? $"{Variable} is not set: start a server with 'eval \"$(.ci/redis start)\"' to run the Redis tests."
            : null;

    public static string RequiredConnectionString => ConnectionString
        ?? throw new InvalidOperationException($"{Variable} is not set. CI must start Redis first (.ci/run does: .ci/redis start).");

    public static string RequiredBinary => Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } binary
        ? binary
        : throw new InvalidOperationException($"{BinaryVariable} is not set. CI must start Redis first (.ci/run does: .ci/redis start).");

    /// <summary>A key prefix of one test's own, so that tests sharing the server never meet in a bucket.</summary>
    public static string NewKeyPrefix() => $"krh-test:{Guid.NewGuid():N}:";
}
