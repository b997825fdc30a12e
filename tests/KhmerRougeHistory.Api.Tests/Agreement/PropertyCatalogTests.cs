using KhmerRougeHistory.Api.Claims;

namespace KhmerRougeHistory.Api.Tests.Agreement;

public sealed class PropertyCatalogTests
{
    [Fact]
    public void EveryProperty_HasADefinition()
    {
        foreach (var property in Enum.GetValues<ClaimProperty>())
        {
            _ = PropertyCatalog.Get(property);
        }
    }
}
