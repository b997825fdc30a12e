namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>A theory that needs the PostgreSQL server (<see cref="PostgresServer"/>): skipped locally without one.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = PostgresServer.SkipReason;
}
