using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>Test classes in this collection share the curated data built once on each engine, to compare the two.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresDatabaseGroup : ICollectionFixture<CuratedDatabase>, ICollectionFixture<PostgresDatabase>
{
    public const string Name = "curated database on SQLite and PostgreSQL";
}
