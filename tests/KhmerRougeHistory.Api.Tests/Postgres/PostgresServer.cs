namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the PostgreSQL tests use: an Npgsql connection string in <c>KRH_TEST_POSTGRES</c>, which
/// <c>.ci/postgres start</c> prints for a throw-away server on loopback. Without it the tests are skipped locally and
/// fail on CI, so CI cannot pass without having run them.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "KRH_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why the tests are skipped, or null when they run (a server is given, or this is CI).</summary>
    public static string? SkipReason =>
        ConnectionString is null && !Infrastructure.RepositoryPaths.RunningOnCi
            ? $"{Variable} is not set: start a server with 'eval \"$(.ci/postgres start)\"' to run the PostgreSQL tests."
            : null;

    public static string RequiredConnectionString => ConnectionString
        ?? throw new InvalidOperationException($"{Variable} is not set. CI must start PostgreSQL first (.ci/run does: .ci/postgres start).");
}
