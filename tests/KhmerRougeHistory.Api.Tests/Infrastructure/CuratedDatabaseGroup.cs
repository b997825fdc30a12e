namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>Test classes in this collection share one built database.</summary>
[CollectionDefinition(Name)]
public sealed class CuratedDatabaseGroup : ICollectionFixture<CuratedDatabase>
{
    public const string Name = "curated database";
}
