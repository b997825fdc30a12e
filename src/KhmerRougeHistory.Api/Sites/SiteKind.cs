using System.ComponentModel;

namespace KhmerRougeHistory.Api.Sites;

[Description("What kind of place a site is: a prison, a killing field, a museum, a city, ...")]
public enum SiteKind
{
    [Description("A prison or security center.")]
    Prison,
    [Description("A place of mass executions.")]
    KillingField,
    [Description("A mass grave.")]
    MassGrave,
    [Description("A memorial or monument.")]
    Memorial,
    [Description("A museum.")]
    Museum,
    [Description("A school.")]
    School,
    [Description("A city.")]
    City,
    [Description("A province or locality.")]
    Province,
    [Description("A country.")]
    Country,
    [Description("A region or area.")]
    Region,
    [Description("A refugee camp.")]
    RefugeeCamp,
    [Description("Any other place.")]
    Other,
}
