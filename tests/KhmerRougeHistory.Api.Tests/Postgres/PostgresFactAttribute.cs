namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>A fact that needs the PostgreSQL server (<see cref="PostgresServer"/>): skipped locally without one.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.SkipReason;
}
