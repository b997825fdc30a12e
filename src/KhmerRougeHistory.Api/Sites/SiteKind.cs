namespace KhmerRougeHistory.Api.Sites;

/// <summary>What kind of Site an entity is; stored as text.</summary>
public enum SiteKind
{
    Prison,
    KillingField,
    MassGrave,
    Memorial,
    Museum,
    School,
    City,
    Province,
    Country,
    Region,
    RefugeeCamp,
    Other,
}
